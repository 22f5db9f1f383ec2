'use client';
import { useState } from 'react';
import { useHydrated } from '@/components/my-list/use-saved-list';

/** Copies the page's link. The link is also shown as text, for browsers without JavaScript. */
export function CopyLinkButton({ url, labels }: { url: string; labels: { copy: string; copied: string; failed: string } }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.failed);
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="min-h-11 rounded border border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-50">
        {labels.copy}
      </button>
      <span role="status" className="text-sm">{status}</span>
    </span>
  );
}
