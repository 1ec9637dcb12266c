// GET: the report's Excel template for filling in its figures offline (officials who may edit it).
import { downloadReportTemplate } from '@/modules/reports/excel-downloads';

export const GET = downloadReportTemplate;
