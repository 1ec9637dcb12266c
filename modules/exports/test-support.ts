// Reading a downloaded workbook back in tests: every cell value of its first sheet.
import ExcelJS from 'exceljs';

export async function downloadedCells(response: Response): Promise<ExcelJS.CellValue[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
}

