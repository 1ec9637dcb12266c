// The assessment report (考核报告) as a Word document: A4, a cover with the PRELIMINARY / FINAL line,
// then every section of the report model, the status line again in each page's header. Chinese
// text is set in 宋体 (SimSun) and headings in 黑体 (SimHei) by name only: nothing is embedded, Word
// and WPS on the office's machines bring the fonts.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Locale } from '@/lib/i18n/locales';
import { buildReportModel, type ComputedResults, type ReportModel, type ReportTable } from '@/modules/results/report-model';

/** A4 in twentieths of a point, and margins of about 2.5 cm / 2 cm. */
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1418, bottom: 1418, left: 1134, right: 1134 };
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'SimSun' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'SimHei' };
const GREY = '808080';

function statusColour(model: ReportModel): string {
  return model.status === 'FINAL' ? '1F4E79' : 'C00000';
}

function cell(text: string, options: { header?: boolean; numeric?: boolean }): TableCell {
  return new TableCell({
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E2E8F0' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.numeric && !options.header ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header, size: 18 })],
      }),
    ],
  });
}

function table(t: ReportTable): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (t.caption) out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(t.caption)] }));
  if (t.rows.length === 0) return out;
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c) => cell(c, { header: true })) }),
        ...t.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, { numeric: t.numeric.includes(i) })) })),
      ],
    }),
    new Paragraph({ text: '' }),
  );
  return out;
}

function cover(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2400 }, text: '' }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(model.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 400, after: 1200 },
      children: [new TextRun({ text: model.statusLine, bold: true, size: 36, color: statusColour(model) })],
    }),
    ...model.cover.map(
      ([label, value]) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [new TextRun({ text: `${label}：`, bold: true, size: 28 }), new TextRun({ text: value, size: 28 })],
        }),
    ),
  ];
}

function body(model: ReportModel): (Paragraph | Table)[] {
  return model.sections.flatMap((section) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }),
    ...section.paragraphs.map((text) => new Paragraph({ spacing: { after: 120 }, indent: { firstLine: 420 }, children: [new TextRun(text)] })),
    ...section.tables.flatMap(table),
  ]);
}

export function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const page = { size: A4, margin: MARGINS };
  const document = new Document({
    title: model.title,
    creator: 'assessment-tracker',
    description: model.statusLine,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 21 }, paragraph: { spacing: { line: 360 } } },
        title: { run: { font: HEADING_FONT, size: 44, bold: true } },
        heading1: { run: { font: HEADING_FONT, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 200 } } },
        heading3: { run: { font: HEADING_FONT, size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 120 } } },
      },
    },
    sections: [
      { properties: { page }, children: cover(model) },
      {
        properties: { page },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${model.title}　${model.statusLine}`, size: 16, color: GREY })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })],
          }),
        },
        children: body(model),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The .docx of an assessment's computed results in the given language, with its file name. */
export async function buildReportDocx(view: ComputedResults, locale: Locale): Promise<{ fileName: string; bytes: Buffer }> {
  const model = buildReportModel(view, locale);
  return { fileName: `${model.fileName}.docx`, bytes: await renderReportDocx(model) };
}
