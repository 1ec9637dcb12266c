// Renders the report of a fixture snapshot to .docx, unzips it and reads word/document.xml: the
// figures are looked for as they are written out by hand here (the oracle), not as the formatter
// writes them.
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '@/modules/imports/zip-directory';
import { docxParagraphs } from '@/modules/results/docx-text';
import { buildReportDocx } from '@/modules/results/report-docx';
import { reportFixture } from '@/modules/results/report-fixture';

function unzip(bytes: Buffer): Map<string, string> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new Error('not a zip');
  return new Map(
    entries.map((e) => {
      const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedBytes);
      return [e.name, (e.method === 8 ? inflateRawSync(data) : data).toString('utf8')];
    }),
  );
}

describe('the assessment report as .docx', () => {
  it('is a Word document, A4, with Chinese fonts named and not embedded', async () => {
    const { fileName, bytes } = await buildReportDocx(reportFixture(), 'zh-CN');
    expect(fileName).toBe('肇庆市考核报告-2018.docx');
    const files = unzip(bytes);
    expect(files.has('[Content_Types].xml')).toBe(true);
    const document = files.get('word/document.xml') ?? '';
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(files.get('word/styles.xml')).toContain('w:eastAsia="宋体"');
    expect(files.get('word/styles.xml')).toContain('w:eastAsia="黑体"');
    expect([...files.keys()].filter((n) => n.startsWith('word/fonts/'))).toEqual([]);
  });

  it('carries the totals, each rate with its interval, the cross-check and the appendix', async () => {
    const { bytes } = await buildReportDocx(reportFixture(), 'zh-CN');
    const text = docxParagraphs(bytes);
    const all = text.join('\n');
    // Cover.
    expect(text).toContain('肇庆市2018年度脱贫攻坚成效考核报告');
    expect(all).toContain('初步结果（PRELIMINARY）');
    expect(all).toContain('第6组　第六考核组');
    // Totals: 91.482 → 91.48, 96 → 96.00; section subtotal 56.982 → 56.98.
    expect(all).toContain('按核查值计算总分 91.48 分，等次为“好”');
    expect(all).toContain('按报告值计算总分 96.00 分');
    expect(text).toContain('91.48');
    expect(text).toContain('56.98');
    // The city's three rates in the summary, and every rate's interval in the table.
    expect(all).toContain('错退率 2.5 %（95 % 区间 [0.6 %, 6.4 %]，无法判定（区间跨越阈值））');
    expect(all).toContain('群众认可度 93.1 %（95 % 区间 [90.0 %, 97.8 %]，达标）');
    for (const interval of ['[0.6 %, 6.4 %]', '[0.0 %, 17.9 %]', '[90.0 %, 97.8 %]', '[0.9 %, 22.7 %]', '[73.1 %, 94.7 %]']) {
      expect(text, interval).toContain(interval);
    }
    // Effective n (80 / 1.5 = 53.3) and the design effect.
    expect(text).toContain('53.3');
    expect(text).toContain('1.50');
    // Reconciliation and paired cross-check.
    expect(text).toContain('[93.62, 99.39]');
    expect(text).toContain('-2.03');
    expect(text).toContain('1150.00');
    expect(text.filter((p) => p === '超出容差')).toHaveLength(2);
    // Findings, rectification (1 of 4 = 25.0 %), villages, appendix.
    expect(text).toContain('25.0 %');
    expect(text).toContain('V-03；V-07');
    expect(text).toContain('20190218-6-fengkai');
    expect(text).toContain('sha256:9f2c4e7a');
    expect(all).toContain('audit-991（哈希 b5e1c0ffee）');
  });

  it('says FINAL on a final result, and speaks English when asked', async () => {
    const final = docxParagraphs((await buildReportDocx(reportFixture('FINAL'), 'zh-CN')).bytes);
    expect(final).toContain('最终结果（FINAL）');
    expect(final.join('\n')).not.toContain('PRELIMINARY');
    const en = await buildReportDocx(reportFixture(), 'en');
    expect(en.fileName).toBe('肇庆市 assessment report-2018.docx');
    const text = docxParagraphs(en.bytes).join('\n');
    expect(text).toContain('On verified values the total is 91.48 points, grade "Excellent"');
    expect(text).toContain('[0.6 %, 6.4 %]');
  });
});
