// Inputs of the Excel upload: the report and the file, sent as FormData.
import { z } from 'zod';

export const ZImportReportExcelInput = z.object({
  reportId: z.string().min(1).max(64),
  file: z.instanceof(File),
});
export type TImportReportExcelInput = z.input<typeof ZImportReportExcelInput>;
