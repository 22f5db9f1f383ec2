'use client';
import type { ReactNode } from 'react';
import { useHydrated } from '@/components/my-list/use-saved-list';

/**
 * Shown in the server's HTML and removed once scripts run: the help for browsers without
 * JavaScript. (Unlike <noscript>, it also shows when scripts are blocked or fail to load.)
 */
export function WithoutScript({ children }: { children: ReactNode }) {
  return useHydrated() ? null : <>{children}</>;
}
