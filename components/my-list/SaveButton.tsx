'use client';
import { MAX_SAVED_SERVICES, MY_LIST_STORAGE_KEY, listParam, parseStoredList } from '@/lib/my-list/saved-list';
import { useSavedList, writeSavedList } from './use-saved-list';

type Labels = { save: string; remove: string; saved: string; full: string };

/**
 * P9: "Save to my list" on a service card or page. The slug goes to this browser's
 * localStorage only; nothing is sent anywhere. On /my-list (`reloadList`) removing an item
 * reloads the list so the handout matches.
 */
export function SaveButton({ slug, name, labels, reloadList = false, className = '' }: { slug: string; name: string; labels: Labels; reloadList?: boolean; className?: string }) {
  const saved = useSavedList();
  if (saved === null) return null;
  const isSaved = saved.includes(slug);
  const full = !isSaved && saved.length >= MAX_SAVED_SERVICES;
  const toggle = () => {
    const current = parseStoredList(window.localStorage.getItem(MY_LIST_STORAGE_KEY));
    const next = isSaved ? current.filter((s) => s !== slug) : [...current, slug];
    writeSavedList(next);
    if (reloadList) window.location.replace(next.length ? `?s=${listParam(next)}` : window.location.pathname);
  };
  const label = isSaved ? labels.remove : labels.save;
  return (
    <span className={`no-print flex flex-wrap items-center gap-2 ${className}`}>
      <button type="button" onClick={toggle} disabled={full} aria-label={`${label}: ${name}`}
        className="min-h-11 rounded border border-brand-700 bg-white px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60">
        {label}
      </button>
      <span role="status" className="text-sm">{full ? labels.full : isSaved ? labels.saved : ''}</span>
    </span>
  );
}
