import type { DiffRow } from '@/lib/data/admin/diff';

/** A field-by-field comparison. Values are rendered as text, never as HTML. */
export function DiffTable({ rows, labels, fieldLabel }: { rows: DiffRow[]; labels: { field: string; before: string; after: string; caption: string }; fieldLabel?: (field: string) => string }) {
  return (
    // Long values can make the table wider than the screen: the scroll area is focusable so keyboards can scroll it.
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={labels.caption}>
      <table className="w-full border-collapse text-start text-sm">
        <caption className="mb-2 text-start font-medium">{labels.caption}</caption>
        <thead>
          <tr className="border-b border-gray-500">
            <th scope="col" className="p-2 text-start">{labels.field}</th>
            <th scope="col" className="p-2 text-start">{labels.before}</th>
            <th scope="col" className="p-2 text-start">{labels.after}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className="border-b border-gray-200 align-top">
              <th scope="row" className="p-2 text-start font-mono font-normal" dir="ltr">{fieldLabel ? fieldLabel(row.field) : row.field}</th>
              <td className="p-2 whitespace-pre-wrap break-words bg-red-50" dir="auto"><del className="no-underline">{row.before ?? ''}</del></td>
              <td className="p-2 whitespace-pre-wrap break-words bg-green-50" dir="auto"><ins className="no-underline">{row.after ?? ''}</ins></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
