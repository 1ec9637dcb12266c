'use client';
// A chart with its data as a table: the table is always in the page for screen readers and for
// printing, and shown on screen on request; the drawing itself is inert: hidden from assistive technology
// and out of the tab order (the chart library makes its surface focusable).
import { useId, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export type TableView = { caption: string; columns: string[]; rows: (string | number)[][] };

export function ChartFrame({ title, table, labels, children }: { title: string; table: TableView; labels: { show: string; hide: string }; children: ReactNode }) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium text-slate-900">{title}</span>
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
          className="rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 print:hidden"
        >
          {showTable ? labels.hide : labels.show}
        </button>
      </figcaption>
      <div inert className="h-64 w-full print:hidden">{children}</div>
      <div id={tableId} className={cn(showTable ? 'mt-3 max-h-80 overflow-auto' : 'sr-only', 'print:not-sr-only print:max-h-none')} tabIndex={showTable ? 0 : -1} role="region" aria-label={table.caption}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{table.caption}</caption>
          <thead className="text-slate-600">
            <tr>{table.columns.map((c) => <th key={c} scope="col" className="py-1 pr-3 font-medium">{c}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) => (i === 0 ? <th key={i} scope="row" className="py-1 pr-3 font-normal">{cell}</th> : <td key={i} className="py-1 pr-3 tabular-nums">{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
