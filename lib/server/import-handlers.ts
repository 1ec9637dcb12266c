// Which code runs each kind of import job. Kept apart from modules/imports (which knows no domain)
// so that the domain modules can use the import limits without a folder cycle.
import type { ImportHandlers } from '@/modules/imports/run';
import { runRosterImport } from '@/modules/households/roster-import';
import { runReportExcelImport } from '@/modules/reports/excel-import';

export const IMPORT_HANDLERS: ImportHandlers = {
  ROSTER: runRosterImport,
  REPORT_EXCEL: runReportExcelImport,
};
