// A dashboard table in its card: the heading, the table in a scrolling region named by it, the
// column heads (the first names the rows, the others head figures, right-aligned) and a line in
// place of the table when there is nothing to show. The rows are the caller's.
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { TableScroll } from '@/components/ui/table-scroll';

/** A row's heading cell and a figure's cell. */
export const ROW_HEAD = 'py-2 pr-3 font-medium';
export const FIGURE_CELL = 'py-2 pr-3 text-right whitespace-nowrap last:pr-0';

type Props = {
  title: string;
  /** The head of the first column, which names each row. */
  rowHead: string;
  columns: { key: string; label: string }[];
  /** A min-w-[…] class: the width below which the table scrolls instead of squeezing. */
  minWidth: string;
  /** Shown instead of the table when set. */
  empty?: string;
  children: ReactNode;
  foot?: ReactNode;
};

export function FigureTable({ title, rowHead, columns, minWidth, empty, children, foot }: Props) {
  return (
    <Card>
      <h2 className="mb-3 font-semibold text-slate-900">{title}</h2>
      {empty !== undefined ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <TableScroll label={title}>
          <table className={cn('w-full text-left text-sm', minWidth)}>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className={ROW_HEAD}>{rowHead}</th>
                {columns.map((c) => <th key={c.key} scope="col" className="py-2 pr-3 text-right font-medium last:pr-0">{c.label}</th>)}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">{children}</tbody>
            {foot ? <tfoot>{foot}</tfoot> : null}
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
