import type { ReactNode } from 'react';

type Column = { label: string; numeric?: boolean };

/** A plain data table for the insights page: a caption, column headers, one row per item. */
export function CountsTable({ caption, columns, rows, empty }: { caption: string; columns: Column[]; rows: ReactNode[][]; empty: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse">
        <caption className="mb-2 text-start text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-500">
            {columns.map((c) => <th key={c.label} scope="col" className={`p-2 ${c.numeric ? 'text-end' : 'text-start'}`}>{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.length ? rows.map((cells, i) => (
            <tr key={i} className="border-b border-gray-200">
              {cells.map((cell, j) => (j === 0
                ? <th key={j} scope="row" className="p-2 text-start font-normal">{cell}</th>
                : <td key={j} className={`p-2 ${columns[j]?.numeric ? 'text-end tabular-nums' : ''}`}>{cell}</td>))}
            </tr>
          )) : <tr><td colSpan={columns.length} className="p-2">{empty}</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
