'use server';
// The Excel upload of a report's figures, on the guarded path like every write.
import { action } from '@/lib/server/action';
import { importReportExcel } from '@/modules/reports/excel-import';
import { ZImportReportExcelInput } from '@/modules/reports/excel-schema';

export const importReportExcelAction = action({
  schema: ZImportReportExcelInput,
  permission: 'report.write',
  run: importReportExcel,
  revalidate: ['/'],
});
