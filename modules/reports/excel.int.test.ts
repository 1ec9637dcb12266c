import ExcelJS from 'exceljs';
import { buildZip } from '@/modules/imports/test-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getJob } from '@/app/api/imports/[id]/route';
import { POST as cancel } from '@/app/api/imports/cancel/route';
import { POST as uploadExcel } from '@/app/api/reports/[id]/excel/import/route';
import { getDb } from '@/lib/server/db';
import { IMPORT_HANDLERS } from '@/lib/server/import-handlers';
import { stopImportQueue } from '@/modules/imports/queue';
import { runImportJob } from '@/modules/imports/run';
import type { ImportJobView } from '@/modules/imports/view';
import { saveReportDraftAction, submitReportAction } from '@/modules/reports/actions';
import { runReportExcelImport } from '@/modules/reports/excel-import';
import { downloadReportExport, downloadReportTemplate } from '@/modules/reports/excel-downloads';
import { FIRST_DATA_ROW } from '@/modules/reports/excel-layout';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { createRegion } from '@/seeds/factories/regions';
import { createWorkReport } from '@/seeds/factories/reports';
import { createUser } from '@/seeds/factories/users';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';

let demo: Demo;
let reportId: string;
let otherReportId: string;
let countyReportId: string;
const users = {} as Record<'official' | 'helper' | 'leader', { id: string }>;

beforeAll(async () => {
  demo = await loadDemo();
  const db = getDb();
  // A city of its own (with a county and a helper city), so no demo user sees more than before.
  const city = await createRegion(db, { name: 'Excel测试市', level: 'CITY', parent: demo.regions.guangdong });
  const county = await createRegion(db, { name: 'Excel测试县', level: 'COUNTY', parent: city });
  const helper = await createRegion(db, { name: 'Excel帮扶市', level: 'CITY', parent: demo.regions.guangdong });
  users.official = await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: city.id }] });
  users.helper = await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: helper.id }] });
  users.leader = await createUser(db, {});
  const campaign = await createCampaign(db, { status: 'ACTIVE' });
  await createIndicators(db, campaign.id, INDICATORS_2018);
  const group = await createGroup(db, { campaignId: campaign.id, leaderId: users.leader.id });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id });
  reportId = (await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: city.id, title: 'Excel 测试汇报' })).id;
  countyReportId = (await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: county.id, title: '测试县工作汇报' })).id;
  otherReportId = (
    await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: helper.id, kind: 'PAIRED_ASSISTANCE', title: '帮扶汇报' })
  ).id;
});

// Accepted uploads queue jobs: close this file's queue client before its database goes.
afterAll(async () => {
  await stopImportQueue();
});

const get = (handler: typeof downloadReportTemplate, id: string, query = '') =>
  handler(new Request(`http://localhost/api/reports/${id}/excel${query}`), { params: Promise.resolve({ id }) });

async function templateOf(id: string): Promise<ExcelJS.Workbook> {
  const response = await get(downloadReportTemplate, id);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook;
}

/** Sets cells of the data sheet by indicator code and column letter, as a user would in Excel. */
async function fill(workbook: ExcelJS.Workbook, cells: Record<string, ExcelJS.CellValue>): Promise<File> {
  const sheet = workbook.worksheets[0]!;
  for (const [key, value] of Object.entries(cells)) {
    const [code, column] = key.split(':') as [string, string];
    const row = FIRST_DATA_ROW + INDICATORS_2018.findIndex((i) => i.code === code);
    sheet.getCell(`${column}${row}`).value = value;
  }
  return new File([new Uint8Array(await workbook.xlsx.writeBuffer())], '填报模板.xlsx');
}

type Refusal = { ok: false; code: string; message: string };
type Upload = { status: number; refused?: Refusal; jobId?: string };

/** Posts the file to the upload route as the signed-in user: the queued job's id, or the refusal. */
async function send(file: File, id = reportId): Promise<Upload> {
  const form = new FormData();
  form.set('file', file);
  const response = await uploadExcel(new Request(`http://localhost/api/reports/${id}/excel/import`, { method: 'POST', body: form }), { params: Promise.resolve({ id }) });
  const body = (await response.json()) as { ok: true; data: { jobId: string } } | Refusal;
  return body.ok ? { status: response.status, jobId: body.data.jobId } : { status: response.status, refused: body };
}

/** The job as the page sees it (GET /api/imports/<id>, as the signed-in user). */
async function view(jobId: string): Promise<ImportJobView> {
  const response = await getJob(new Request(`http://localhost/api/imports/${jobId}`), { params: Promise.resolve({ id: jobId }) });
  const body = (await response.json()) as { ok: true; data: ImportJobView };
  return body.data;
}

/** Uploads, runs the job as the worker would, and answers how it ended. */
async function upload(file: File, id = reportId): Promise<ImportJobView> {
  const sent = await send(file, id);
  if (!sent.jobId) throw new Error(`upload refused: ${sent.refused?.message}`);
  expect(sent.status).toBe(202);
  await runImportJob(getDb(), sent.jobId, IMPORT_HANDLERS);
  return view(sent.jobId);
}

const working = async () =>
  (
    await getDb().indicatorValue.findMany({
      where: { workReportId: reportId, revision: 0 },
      select: { period: true, value: true, source: true, indicator: { select: { code: true } } },
      orderBy: [{ indicator: { position: 'asc' } }, { period: 'asc' }],
    })
  ).map((v) => `${v.indicator.code}.${v.period}=${v.value.toFixed()}${v.source ? ` (${v.source})` : ''}`);

describe('Excel round trip of a draft report', () => {
  it('downloads the template, takes it back filled in and saves the figures as the working copy', async () => {
    signInAs(users.official);
    const file = await fill(await templateOf(reportId), {
      'FM-01:E': 17.9,
      'FM-01:F': '4.2',
      'FM-01:H': '财政拨付凭证',
      'PR-01:E': '83,000',
      'PR-01:F': 14000,
      'PR-03:G': 3.08,
      'PR-03:E': '0.32%',
    });
    const sent = await send(file);
    expect(sent.status).toBe(202);
    // Nothing is read or written on the request path: the file waits with the queued job.
    expect(await getDb().importJob.findUniqueOrThrow({ where: { id: sent.jobId } })).toMatchObject({ kind: 'REPORT_EXCEL', state: 'QUEUED', targetId: reportId });
    expect(await working()).toEqual([]);
    await runImportJob(getDb(), sent.jobId!, IMPORT_HANDLERS);
    expect(await view(sent.jobId!)).toMatchObject({ state: 'DONE', rowCount: 6, result: { count: 6 } });
    expect(await working()).toEqual([
      'PR-01.CUMULATIVE=83000',
      'PR-01.THIS_YEAR=14000',
      'PR-03.BASELINE=3.08',
      'PR-03.CUMULATIVE=0.32',
      'FM-01.CUMULATIVE=17.9 (财政拨付凭证)',
      'FM-01.THIS_YEAR=4.2 (财政拨付凭证)',
    ]);
    const events = await getDb().auditEvent.findMany({ where: { entityId: reportId }, orderBy: { id: 'desc' }, take: 2 });
    expect(events.map((e) => e.action)).toEqual(['report.excelImport', 'report.saveDraft']);
    expect(await getDb().indicatorValue.count({ where: { workReportId: reportId, revision: { gt: 0 } } })).toBe(0);
  });

  it('fills the next template with the saved figures and clears a figure left empty', async () => {
    signInAs(users.official);
    const workbook = await templateOf(reportId);
    const sheet = workbook.worksheets[0]!;
    const fm01 = FIRST_DATA_ROW + INDICATORS_2018.findIndex((i) => i.code === 'FM-01');
    expect(sheet.getCell(`E${fm01}`).value).toBe(17.9);
    expect(sheet.getCell(`H${fm01}`).value).toBe('财政拨付凭证');
    expect(await upload(await fill(workbook, { 'PR-03:G': null }))).toMatchObject({ state: 'DONE', rowCount: 5, result: { count: 5 } });
    expect(await working()).not.toContain('PR-03.BASELINE=3.08');
  });
});

describe('uploads that save nothing', () => {
  it('lists every bad cell with its address and reason', async () => {
    signInAs(users.official);
    const before = await working();
    const file = await fill(await templateOf(reportId), { 'PR-01:F': '一万四', 'PR-02:E': 120, 'FM-01:F': -1, 'TA-01:E': 111.5 });
    const result = await upload(file);
    expect(result).toMatchObject({ state: 'FAILED', issueCount: 4 });
    const row = (code: string) => FIRST_DATA_ROW + INDICATORS_2018.findIndex((i) => i.code === code);
    expect(result.cells.map((r) => [r.cell, r.indicatorCode, r.period, r.value])).toEqual([
      [`F${row('PR-01')}`, 'PR-01', 'THIS_YEAR', '一万四'],
      [`E${row('PR-02')}`, 'PR-02', 'CUMULATIVE', '120'],
      [`E${row('TA-01')}`, 'TA-01', 'CUMULATIVE', '111.5'],
      [`F${row('FM-01')}`, 'FM-01', 'THIS_YEAR', '-1'],
    ]);
    expect(result.cells.every((r) => r.sheet === '填报数据' && r.reason.length > 0 && !r.reason.includes('reports.'))).toBe(true);
    expect(await working()).toEqual(before);
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: reportId }, orderBy: { id: 'desc' } });
    expect(event.action).toBe('report.excelRejected');
  });

  it('refuses a file that is not Excel at all with a clear message', async () => {
    signInAs(users.official);
    const before = await working();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], '模板.xlsx');
    const text = new File(['指标,数值\nPR-01,83000\n'], 'figures.xlsx');
    for (const file of [png, text]) {
      expect(await upload(file)).toMatchObject({ state: 'FAILED', message: '该文件不是 Excel 文件（.xlsx）。请上传从本系统下载并填写好的填报模板。' });
    }
    expect(await working()).toEqual(before);
  });

  it('refuses a workbook that unpacks past the limits from its zip directory, naming the limit', async () => {
    signInAs(users.official);
    const before = await working();
    const bomb = buildZip([
      { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(125 * 1024 * 1024, 0x20) },
    ]);
    expect(await upload(new File([new Uint8Array(bomb)], 'figures.xlsx'))).toMatchObject({ state: 'FAILED', message: '该表格文件的一个部件解压后为 125 MB，最多允许 2 MB。' });
    expect(await working()).toEqual(before);
  });

  it('refuses an Excel file that is not the template, and the template of another report', async () => {
    signInAs(users.official);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = 83000;
    const plain = new File([new Uint8Array(await other.xlsx.writeBuffer())], 'plain.xlsx');
    expect(await upload(plain)).toMatchObject({ state: 'FAILED', message: expect.stringContaining('不是本系统的填报模板') });
    signInAs(users.helper);
    const foreign = await fill(await templateOf(otherReportId), {});
    signInAs(users.official);
    expect(await upload(foreign)).toMatchObject({ state: 'FAILED', message: expect.stringContaining('属于另一份汇报') });
  });
});

describe('the import job: cancel, a report changed since the upload, files refused', () => {
  const post = (jobId: string) => cancel(new Request('http://localhost/api/imports/cancel', { method: 'POST', body: JSON.stringify({ jobId }) }));
  const versionOf = async () => (await getDb().workReport.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } })).version;

  it('keeps the report and its version in the job, and honours a cancel before it starts and between phases', async () => {
    signInAs(users.official);
    const file = await fill(await templateOf(reportId), { 'PR-01:F': 4321 });
    const before = await working();
    const version = await versionOf();

    const queued = await send(file);
    expect(await getDb().importJob.findUniqueOrThrow({ where: { id: queued.jobId } })).toMatchObject({ payload: { reportId, version } });
    expect(await (await post(queued.jobId!)).json()).toMatchObject({ ok: true, data: { state: 'CANCELLED' } });
    await runImportJob(getDb(), queued.jobId!, IMPORT_HANDLERS);
    expect(await view(queued.jobId!)).toMatchObject({ state: 'CANCELLED' });

    // Cancelled once the workbook is read, before the figures are checked and saved.
    const running = await send(file);
    await runImportJob(getDb(), running.jobId!, {
      ...IMPORT_HANDLERS,
      REPORT_EXCEL: (db, ctx) =>
        runReportExcelImport(db, {
          ...ctx,
          progress: async (phase, done, total) => {
            if (phase === 'validating') expect(await (await post(running.jobId!)).json()).toMatchObject({ ok: true, data: { state: 'CANCELLING' } });
            await ctx.progress(phase, done, total);
          },
        }),
    });
    expect(await view(running.jobId!)).toMatchObject({ state: 'CANCELLED' });
    expect(await getDb().importFile.count({ where: { jobId: { in: [queued.jobId!, running.jobId!] } } })).toBe(0);
    expect(await working()).toEqual(before);
    expect(await versionOf()).toBe(version);
  });

  it('writes nothing when the report was saved by someone after the upload, and says so', async () => {
    signInAs(users.official);
    const file = await fill(await templateOf(reportId), { 'PR-01:F': 999 });
    const sent = await send(file);
    // Another person saves the draft while the job waits in the queue.
    const saved = await saveReportDraftAction({ reportId, version: await versionOf(), narrative: { workDone: '他人保存' } });
    expect(saved.ok).toBe(true);
    const before = await working();
    const version = await versionOf();
    await runImportJob(getDb(), sent.jobId!, IMPORT_HANDLERS);
    expect(await view(sent.jobId!)).toMatchObject({ state: 'FAILED', message: expect.stringContaining('上传文件后，该汇报已被修改') });
    expect(await working()).toEqual(before);
    expect(await working()).not.toContain('PR-01.THIS_YEAR=999');
    expect(await versionOf()).toBe(version);
  });

  it('refuses a damaged zip in the job, and a file over the size limit at the upload, writing nothing', async () => {
    signInAs(users.official);
    const before = await working();
    const version = await versionOf();
    // The directory declares sizes the data does not inflate to.
    const broken = buildZip([
      { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>'.repeat(50)), declaredSize: 20 },
      { name: 'xl/worksheets/sheet1.xml', content: Buffer.from('<worksheet/>') },
    ]);
    expect(await upload(new File([new Uint8Array(broken)], 'figures.xlsx'))).toMatchObject({ state: 'FAILED', message: '该 Excel 文件已损坏，无法读取。请在 Excel 中重新保存后再试。' });

    const jobs = await getDb().importJob.count();
    const oversize = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'figures.xlsx');
    const refused = await send(oversize);
    expect(refused.refused).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '文件大小为 5.1 MB，可导入的文件最大为 5 MB。' });
    expect(await getDb().importJob.count()).toBe(jobs);
    expect(await working()).toEqual(before);
    expect(await versionOf()).toBe(version);
  });
});

describe('who gets the template and may upload', () => {
  it('re-checks the uploader’s rights when the job runs: a role taken away meanwhile writes nothing', async () => {
    const db = getDb();
    const city = await db.workReport.findUniqueOrThrow({ where: { id: reportId }, select: { reportingRegionId: true } });
    const leaving = await createUser(db, { roles: [{ role: 'OFFICIAL', regionId: city.reportingRegionId }] });
    signInAs(leaving);
    const sent = await send(await fill(await templateOf(reportId), { 'PR-01:F': 777 }));
    expect(sent.status).toBe(202);
    await db.roleAssignment.deleteMany({ where: { userId: leaving.id } });
    const before = await working();
    await runImportJob(db, sent.jobId!, IMPORT_HANDLERS);
    expect(await db.importJob.findUniqueOrThrow({ where: { id: sent.jobId } })).toMatchObject({ state: 'FAILED', outcome: { code: 'FORBIDDEN' } });
    expect(await working()).toEqual(before);
  });

  it('gives officials of other regions (and the helper city, for a work report) not-found, and saves nothing', async () => {
    signInAs(users.official);
    const file = await fill(await templateOf(reportId), { 'PR-01:F': 1 });
    const before = await working();
    for (const user of [demo.users.zhaoqingOfficial, demo.users.fengkaiOfficial, users.helper]) {
      signInAs(user);
      expect(await send(file)).toMatchObject({ status: 404, refused: { ok: false, code: 'NOT_FOUND' } });
      expect((await get(downloadReportTemplate, reportId)).status).toBe(404);
    }
    expect(await working()).toEqual(before);
  });

  it('refuses the template to the group, who review but do not fill in', async () => {
    signInAs(users.leader);
    const response = await get(downloadReportTemplate, reportId);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
  });
});

describe('Excel export of a submitted report', () => {
  it('exports what was submitted, figures included, and records the export', async () => {
    signInAs(users.official);
    const imported = await upload(await fill(await templateOf(countyReportId), { 'PR-01:E': 8300, 'PR-01:F': 1400, 'FM-01:E': 1.79 }), countyReportId);
    if (imported.state !== 'DONE') throw new Error('import failed');
    const narrative = { workDone: '完成', measures: '措施', problems: '问题', plan: '计划' };
    const saved = await saveReportDraftAction({ reportId: countyReportId, version: Number(imported.result?.version), narrative });
    if (!saved.ok) throw new Error(saved.message);
    expect(await submitReportAction({ reportId: countyReportId, version: saved.data.version })).toMatchObject({ ok: true, data: { revision: 1 } });

    signInAs(users.leader);
    const response = await get(downloadReportExport, countyReportId, '/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('测试县工作汇报'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const cells: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells).toEqual(expect.arrayContaining(['测试县工作汇报', '第 1 版', '已提交', 8300, 1400, 1.79]));
    const content: unknown[] = [];
    workbook.worksheets[1]!.eachRow((row) => content.push(...(row.values as unknown[])));
    expect(content).toEqual(expect.arrayContaining(['措施', '计划']));
    const event = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: countyReportId }, orderBy: { id: 'desc' } });
    expect(event).toMatchObject({ action: 'report.export', actorId: users.leader.id, data: { format: 'xlsx', kind: 'revision', revision: 1 } });
  });

  it('has nothing to export before the first submission, and hides other regions’ reports', async () => {
    signInAs(users.official);
    expect((await get(downloadReportExport, reportId, '/export')).status).toBe(422);
    signInAs(demo.users.fengkaiOfficial);
    expect((await get(downloadReportExport, countyReportId, '/export')).status).toBe(404);
    expect((await get(downloadReportExport, demo.scenario.workReport.id, '/export')).status).toBe(404);
  });
});
