// A plain data table that scrolls sideways on a narrow screen instead of overflowing the page.
import { formatPercent } from '@/modules/results/format';
import type { ReactNode } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';

export function DataTable({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <TableScroll label={caption}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="whitespace-nowrap px-2 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </TableScroll>
  );
}

export const cell = 'whitespace-nowrap px-2 py-2 align-top';
/** Percentages as the print page and the .docx write them (modules/results/format.ts). */
export const pct = (x: number) => formatPercent(x);
export const num = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : x.toFixed(digits).replace(/\.?0+$/, '') || '0');
