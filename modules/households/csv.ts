// A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a leading BOM.
// Each record keeps the line it starts on, so a bad row can be named by its line number.
// Reading stops at the first record, column or line past the import limits.
import { limitExceeded, type ImportLimits } from '@/modules/imports/limits';

export type CsvRecord = { line: number; cells: string[] };
export type CsvLimits = Pick<ImportLimits, 'rows' | 'columns' | 'lineChars'>;

export function parseCsv(text: string, limits: CsvLimits): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let lineStart = 0;
  const endCell = () => {
    cells.push(field);
    field = '';
    if (cells.length > limits.columns) throw limitExceeded('columns', limits.columns, cells.length);
  };
  const endRecord = () => {
    endCell();
    // Blank lines carry no row.
    if (cells.length > 1 || cells[0] !== '') {
      if (records.length >= limits.rows) throw limitExceeded('rows', limits.rows, records.length + 1);
      records.push({ line: recordLine, cells });
    }
    cells = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === '\n') lineStart = i + 1;
    else if (i - lineStart >= limits.lineChars) throw limitExceeded('lineChars', limits.lineChars, lineEnd(input, lineStart) - lineStart);
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}

function lineEnd(input: string, from: number): number {
  const end = input.indexOf('\n', from);
  return end === -1 ? input.length : end;
}

/** UTF-8 when the bytes are valid UTF-8, otherwise GB18030 (spreadsheets saved as CSV on Chinese Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
