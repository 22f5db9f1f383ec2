'use client';
import { useSyncExternalStore } from 'react';
import { MY_LIST_STORAGE_KEY, parseStoredList } from '@/lib/my-list/saved-list';

// The saved list as React state, shared by every island on the page and other tabs.
// On the server and before hydration it is null, so islands render nothing there: without
// JavaScript there is no list to show, and the page explains that in plain HTML.

const CHANGED = 'welcome-desk:my-list-changed';

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(MY_LIST_STORAGE_KEY) ?? '';
  } catch {
    return null; // storage disabled (private mode, policy): no list feature
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The saved slugs, or null when the list cannot be used (server render, storage disabled). */
export function useSavedList(): string[] | null {
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  return raw === null ? null : parseStoredList(raw);
}

export function writeSavedList(slugs: string[]) {
  try {
    window.localStorage.setItem(MY_LIST_STORAGE_KEY, JSON.stringify(slugs));
  } catch {
    // Quota or policy: the button simply does not change.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** True once running in the browser (islands that need no storage). */
export function useHydrated(): boolean {
  return useSyncExternalStore(() => () => {}, () => true, () => false);
}
