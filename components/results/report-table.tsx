// One table of the assessment report (modules/results/report-model.ts), as on paper: figures right-aligned,
// the header repeated on each printed page, scrollable sideways on a narrow screen.
import type { ReportTable as Table } from '@/modules/results/report-model';
import { TableScroll } from '@/components/ui/table-scroll';

export function ReportTable({ table }: { table: Table }) {
  if (table.rows.length === 0 && !table.caption) return null;
  return (
    <div className="mb-4">
      {table.caption ? <h3 className="mb-2 text-base font-semibold">{table.caption}</h3> : null}
      {table.rows.length === 0 ? null : (
        <TableScroll label={table.caption || table.columns.join(' · ')}>
          <table className="w-full border-collapse text-sm">
            <thead className="bg-slate-100">
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col" className="border border-slate-300 px-2 py-1 text-left font-semibold whitespace-nowrap">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((text, c) => (
                    <td key={c} className={`border border-slate-300 px-2 py-1 align-top ${table.numeric.includes(c) ? 'text-right tabular-nums whitespace-nowrap' : 'break-words'}`}>
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
