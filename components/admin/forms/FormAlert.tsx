import type { DiffRow } from '@/lib/data/admin/diff';
import { DiffTable } from '../editors/DiffTable';

/** The message at the top of a form; role=alert so it is announced after a failed save. */
export function FormAlert({ message, stale, labels }: { message?: string; stale?: { changes: DiffRow[] }; labels: { field: string; before: string; after: string; caption: string } }) {
  if (!message) return null;
  return (
    <div role="alert" tabIndex={-1} className="mb-6 rounded border border-red-700 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">{message}</p>
      {stale ? <DiffTable rows={stale.changes} labels={labels} /> : null}
    </div>
  );
}
