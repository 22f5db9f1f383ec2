'use client';
import { useEffect } from 'react';
import { listParam } from '@/lib/my-list/saved-list';
import { useSavedList } from './use-saved-list';

/**
 * On /my-list without a list in the address: asks the page again with the slugs saved in
 * this browser (`?s=a,b`), so the server renders the handout. It sends only the slugs, to
 * our own site, and nothing is stored on the server.
 */
export function MyListSync({ shown, emptyText }: { shown: number; emptyText: string }) {
  const saved = useSavedList();
  const load = shown === 0 && saved !== null && saved.length > 0;
  useEffect(() => {
    if (load && saved) window.location.replace(`?s=${listParam(saved)}`);
  }, [load, saved]);
  if (shown > 0 || saved === null || load) return null;
  return <p className="text-lg">{emptyText}</p>;
}
