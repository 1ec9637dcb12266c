#!/usr/bin/env node
// Benchmark: a large valid work-report workbook imported through the import job (REPORT_EXCEL), and
// how fast the report page's reads answer while it runs. A fresh database gets the reference regions,
// an official of Zhaoqing and a campaign with a framework of --indicators indicators (the most the
// template reads is 2,000 rows); the report's template is built as the download does
// (modules/reports/excel-template.ts), every value and source cell is filled, and the file is
// recorded as a job exactly as the upload route does (modules/imports/mutations.ts) and queued. The
// worker runs in its own process (scripts/worker.mjs), as under `npm start`. Meanwhile this process
// times the report page's read (getReportPage) every 100 ms, and the same read before as a baseline.
// With --url, a page of a running server is timed instead (e.g. http://localhost:3000/login).
//
//   node scripts/bench/report-excel-import.mjs [--indicators 1900] [--url http://localhost:3000/login]
//
// With DATABASE_URL (a local server) a scratch database is created there and dropped afterwards;
// without it an embedded PostgreSQL is used.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { tsImport } from 'tsx/esm/api';
import { runPrisma } from '../lib/run-prisma.mjs';
import { stubSessionModule } from '../lib/session-stub.mjs';
import { followJob, freshBenchDatabase, printJobFigures, startBenchWorker, stopBenchWorker, timeIdle, timer } from './import-job-harness.mjs';

stubSessionModule();

const ROOT = new URL('../../', import.meta.url).href;
const load = (path) => tsImport(path, ROOT);
const { values: args } = parseArgs({ options: { indicators: { type: 'string', default: '1900' }, url: { type: 'string' } } });
const COUNT = Number(args.indicators);

const database = await freshBenchDatabase('bench_report_excel');
process.env.DATABASE_URL = database.url;
// The audit chain needs a secret; a throwaway one for this scratch database (the worker inherits it).
process.env.AUDIT_SECRET ??= randomBytes(32).toString('hex');
let worker;
try {
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] });
  const { getDb } = await load('./lib/server/db.ts');
  const { seedReferenceRegions } = await load('./seeds/reference-regions.ts');
  const { createUser } = await load('./seeds/factories/users.ts');
  const { createAssessment, createCampaign, createGroup, createIndicators } = await load('./seeds/factories/campaigns.ts');
  const { createWorkReport } = await load('./seeds/factories/reports.ts');
  const { loadActor } = await load('./modules/auth/actor.ts');
  const { recordAuditEvent } = await load('./modules/audit/mutations.ts');
  const { IMPORT_LIMITS } = await load('./modules/imports/limits.ts');
  const { createImportJob } = await load('./modules/imports/mutations.ts');
  const { enqueueImport, stopImportQueue } = await load('./modules/imports/queue.ts');
  const { buildReportTemplate } = await load('./modules/reports/excel-template.ts');
  const { FIRST_DATA_ROW, PERIOD_COLUMNS, COLUMNS } = await load('./modules/reports/excel-layout.ts');
  const { getReportPage } = await load('./modules/reports/queries.ts');

  const db = getDb();
  const regions = await seedReferenceRegions(db);
  const city = regions.zhaoqing;
  const official = await createUser(db, { username: 'bench-official', roles: [{ role: 'OFFICIAL', regionId: city.id }] });
  const actor = await loadActor(db, official.id);
  const campaign = await createCampaign(db, { name: 'bench', status: 'ACTIVE' });
  const framework = Array.from({ length: COUNT }, (_, i) => ({ code: `B-${String(i + 1).padStart(4, '0')}`, name: `基准指标 ${i + 1}`, unit: '人', valueType: 'COUNT', category: 'POVERTY_REDUCTION', weight: 1 }));
  await createIndicators(db, campaign.id, framework);
  const group = await createGroup(db, { campaignId: campaign.id });
  const assessment = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id });
  const report = await createWorkReport(db, { assessmentId: assessment.id, reportingRegionId: city.id, title: 'bench' });

  const indicators = await db.indicator.findMany({ where: { campaignId: campaign.id }, orderBy: { position: 'asc' }, select: { id: true, code: true, name: true, unit: true, valueType: true } });
  const columns = { id: 'id', code: 'code', name: 'name', unit: 'unit', source: 'source', CUMULATIVE: 'cumulative', THIS_YEAR: 'this year', BASELINE: 'baseline' };
  const template = await buildReportTemplate({
    reportId: report.id,
    indicators,
    values: [],
    labels: { sheet: 'data', instructionsSheet: 'help', title: 'bench', subtitle: 'bench', columns, validation: { MONEY: 'm', COUNT: 'c', PERCENT: 'p', DECIMAL: 'd' }, instructions: ['fill in'] },
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template);
  const sheet = workbook.getWorksheet('data');
  for (let i = 0; i < indicators.length; i++) {
    const row = FIRST_DATA_ROW + i;
    sheet.getCell(row, PERIOD_COLUMNS.CUMULATIVE).value = 1000 + i;
    sheet.getCell(row, PERIOD_COLUMNS.THIS_YEAR).value = i;
    sheet.getCell(row, COLUMNS.source).value = `扶贫信息系统导出，第 ${i + 1} 行核对`;
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

  const timeOnce = timer(args.url, () => getReportPage(db, actor, report.id));
  worker = await startBenchWorker(database.url);
  const idle = await timeIdle(timeOnce);

  const file = new File([bytes], 'bench.xlsx');
  const uploadStarted = performance.now();
  const { jobId } = await db.$transaction((tx) =>
    createImportJob(
      { actor, tx, audit: (e) => recordAuditEvent(tx, actor.userId, e) },
      { kind: 'REPORT_EXCEL', targetId: report.id, file, limits: IMPORT_LIMITS.REPORT_EXCEL, payload: { reportId: report.id, version: report.version } },
    ),
  );
  await enqueueImport(jobId);
  const answeredMs = performance.now() - uploadStarted;

  const { job, during, phases } = await followJob(db, jobId, timeOnce);
  const totalMs = performance.now() - uploadStarted;
  const saved = await db.indicatorValue.count({ where: { workReportId: report.id, revision: 0 } });
  await stopImportQueue();
  await db.$disconnect();
  if (job.state !== 'DONE') throw new Error(`import ended ${job.state}: ${JSON.stringify(job.outcome)}`);

  console.log(`database: ${database.kind}`);
  console.log(`workbook: ${COUNT.toLocaleString('en-US')} indicators, ${(bytes.length / 1024).toFixed(0)} KB (limit ${IMPORT_LIMITS.REPORT_EXCEL.fileBytes / 1024 / 1024} MB); ${job.rowCount} figures imported, ${saved} saved`);
  printJobFigures({ uploadStarted, answeredMs, totalMs, job, phases, steps: 'bounds, parse, check, one saving transaction', readLabel: args.url ? `GET ${args.url}` : 'report page reads', idle, during });
} finally {
  await stopBenchWorker(worker);
  await database.release();
}
