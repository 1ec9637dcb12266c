// Where things are in the report's Excel template. Shared by the builder and the reader, so a
// template the system wrote is always one it can read back, whatever the language of its headings.
import type { ValuePeriod } from '@/modules/reports/values';

export const TEMPLATE_FORMAT = 'assessment-report-template/1';

/** A very hidden sheet that names the report and the data sheet (users cannot unhide it from Excel's menu). */
export const META_SHEET = 'meta';
export const META_CELLS = { format: 'B1', reportId: 'B2', dataSheet: 'B3' } as const;

export const COLUMNS = { id: 1, code: 2, name: 3, unit: 4, source: 8 } as const;
export const PERIOD_COLUMNS: Readonly<Record<ValuePeriod, number>> = { CUMULATIVE: 5, THIS_YEAR: 6, BASELINE: 7 };
export const PERIOD_ORDER: readonly ValuePeriod[] = ['CUMULATIVE', 'THIS_YEAR', 'BASELINE'];

export const HEADER_ROW = 4;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
/** More rows than any framework has; a sheet beyond this is not read (bounds the work per upload). */
export const MAX_DATA_ROWS = 2000;

export const MAX_SOURCE_LENGTH = 500;

export type TemplateIndicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  valueType: 'MONEY' | 'COUNT' | 'PERCENT' | 'DECIMAL';
};

/** An Excel column letter for a 1-based column number (only single letters are used here). */
export function columnLetter(column: number): string {
  return String.fromCharCode(64 + column);
}
