// Validates a whole roster file before anything is saved: the header, every row, and that no
// household appears twice (the row count is bounded while the file is read: roster-file.ts). Pure; reports progress so a long file can show a progress bar.
import type { CsvRecord } from '@/modules/households/csv';
import { mapHeader, parseRosterRow, type RosterIssue, type RosterRow, type VillageLookup } from '@/modules/households/roster-row';

const PROGRESS_EVERY = 5_000;

export type RosterValidation = { rows: RosterRow[]; issues: RosterIssue[] };

export function validateRoster(records: readonly CsvRecord[], villages: VillageLookup, onProgress: (done: number, total: number) => void = () => {}): RosterValidation {
  const [header, ...data] = records;
  if (!header) return { rows: [], issues: [{ line: 1, reason: 'empty' }] };
  const mapped = mapHeader(header.cells);
  if (!mapped.ok) return { rows: [], issues: [{ line: header.line, reason: 'missingColumns', params: { columns: mapped.missing.join(', ') } }] };
  if (data.length === 0) return { rows: [], issues: [{ line: header.line, reason: 'empty' }] };

  const rows: RosterRow[] = [];
  const issues: RosterIssue[] = [];
  const firstLine = new Map<string, number>();
  data.forEach((record, i) => {
    const parsed = parseRosterRow(record.cells, record.line, mapped.index, villages);
    if (!parsed.ok) issues.push(parsed.issue);
    else {
      const seen = firstLine.get(parsed.row.code);
      if (seen !== undefined) issues.push({ line: record.line, reason: 'codeDuplicate', params: { value: parsed.row.code, first: seen } });
      else {
        firstLine.set(parsed.row.code, record.line);
        rows.push(parsed.row);
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === data.length) onProgress(i + 1, data.length);
  });
  return { rows, issues };
}
