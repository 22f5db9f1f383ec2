'use client';
import { useHydrated } from '@/components/my-list/use-saved-list';

/** Opens the browser's print dialog. Without JavaScript the page shows how to print instead. */
export function PrintButton({ label }: { label: string }) {
  if (!useHydrated()) return null;
  return (
    <button type="button" onClick={() => window.print()} className="no-print min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
      {label}
    </button>
  );
}
