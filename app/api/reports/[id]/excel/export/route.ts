// GET ?revision=N: a submitted revision of the report as an Excel workbook (default: the latest).
import { downloadReportExport } from '@/modules/reports/excel-downloads';

export const GET = downloadReportExport;
