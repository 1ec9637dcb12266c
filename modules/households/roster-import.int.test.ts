import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/rosters/route';
import { getDb } from '@/lib/server/db';
import { multipartLimit } from '@/lib/upload-limits';
import { MAX_ROSTER_BYTES } from '@/modules/households/roster-file';
import type { RosterStreamEvent } from '@/modules/households/roster-events';
import { generateRoster, ROSTER_CSV_HEADER, toRosterCsv } from '@/modules/households/roster-generator';
import { rosterHash } from '@/modules/households/roster-hash';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
let villageCodes: string[];
beforeAll(async () => {
  demo = await loadDemo();
  const deqing = demo.regions.counties.Deqing!;
  const town = await createRegion(getDb(), { code: '441226191', name: '测试镇', level: 'TOWN', parent: deqing });
  villageCodes = [];
  for (const [i, name] of ['甲村', '乙村', '丙村'].entries()) {
    villageCodes.push((await createRegion(getDb(), { code: `441226191${201 + i}`, name, level: 'VILLAGE', parent: town, isDesignatedPoorVillage: i < 2 })).code);
  }
});

function upload(countyId: string, body: BlobPart, name = 'roster.csv') {
  const form = new FormData();
  form.set('countyId', countyId);
  form.set('file', new File([body], name));
  return POST(new Request('http://localhost/api/rosters', { method: 'POST', body: form }));
}

async function events(response: Response): Promise<RosterStreamEvent[]> {
  return (await response.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as RosterStreamEvent);
}

const deqingImports = () => getDb().rosterImport.count({ where: { regionId: demo.regions.counties.Deqing!.id } });
const auditCount = () => getDb().auditEvent.count({ where: { action: 'roster.import' } });

describe('roster import', () => {
  it('imports a good CSV as a snapshot with its content hash, streaming progress', async () => {
    signInAs(demo.users.leader);
    const rows = generateRoster({ villageCodes, count: 12_000, seed: 'int', codePrefix: '441226' });
    const before = await auditCount();
    const response = await upload(demo.regions.counties.Deqing!.id, toRosterCsv(rows));
    expect(response.status).toBe(200);
    const stream = await events(response);
    expect(stream.filter((e) => e.type === 'progress' && e.phase === 'saving').map((e) => e.type === 'progress' && e.done)).toEqual([5000, 10000, 12000]);
    const done = stream.at(-1);
    expect(done).toMatchObject({ type: 'done', rowCount: 12_000, contentHash: rosterHash(rows) });
    if (done?.type !== 'done') return;
    const snapshot = await getDb().rosterImport.findUniqueOrThrow({ where: { id: done.rosterImportId } });
    expect(snapshot).toMatchObject({ regionId: demo.regions.counties.Deqing!.id, rowCount: 12_000, fileName: 'roster.csv', importedById: demo.users.leader.id });
    expect(await getDb().household.count({ where: { rosterImportId: snapshot.id } })).toBe(12_000);
    expect(await auditCount()).toBe(before + 1);
  });

  it('lists every bad row with its line and reason and saves nothing', async () => {
    signInAs(demo.users.admin);
    const csv = `${ROSTER_CSV_HEADER.join(',')}\nB1,${villageCodes[0]},3,计划脱贫,是,否,\nB2,不存在村,3,计划脱贫,是,否,\nB3,${villageCodes[0]},0,计划脱贫,是,否,\nB1,${villageCodes[1]},2,当年脱贫,否,是,100.5\n`;
    const [imports, households, audits] = [await deqingImports(), await getDb().household.count(), await auditCount()];
    const stream = await events(await upload(demo.regions.counties.Deqing!.id, csv));
    expect(stream.at(-1)).toEqual({
      type: 'invalid',
      issueCount: 3,
      issues: [
        { line: 3, reason: 'villageUnknown', params: { value: '不存在村' } },
        { line: 4, reason: 'sizeInvalid', params: { value: '0' } },
        { line: 5, reason: 'codeDuplicate', params: { value: 'B1', first: 2 } },
      ],
    });
    expect([await deqingImports(), await getDb().household.count(), await auditCount()]).toEqual([imports, households, audits]);
  });

  it('reads an Excel workbook to the same hash as the CSV of the same rows', async () => {
    signInAs(demo.users.leader);
    const rows = generateRoster({ villageCodes, count: 30, seed: 'xlsx', codePrefix: 'X' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['household id', 'village', 'size', 'status', 'has disabled member', 'able to work', 'income per person']);
    for (const r of rows) sheet.addRow([r.code, r.villageCode, r.size, r.status, r.hasDisabledMember ? 'yes' : 'no', r.ableToWork ? 1 : 0, r.incomePerCapita === null ? null : Number(r.incomePerCapita)]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const stream = await events(await upload(demo.regions.counties.Deqing!.id, bytes, 'roster.xlsx'));
    expect(stream.at(-1)).toMatchObject({ type: 'done', rowCount: 30, contentHash: rosterHash(rows) });
  });

  it('refuses assessors, officials and leaders of other groups before reading the file', async () => {
    const other = await createCampaign(getDb(), {});
    const outsider = await createUser(getDb(), {});
    await createGroup(getDb(), { campaignId: other.id, leaderId: outsider.id });
    const cases = [
      [demo.users.assessor, 403],
      [demo.users.zhaoqingOfficial, 403],
      [outsider, 404],
      [null, 401],
    ] as const;
    for (const [user, status] of cases) {
      signInAs(user);
      const before = await deqingImports();
      const response = await upload(demo.regions.counties.Deqing!.id, toRosterCsv(generateRoster({ villageCodes, count: 3, seed: 's', codePrefix: 'D' })));
      expect(response.status).toBe(status);
      expect(await deqingImports()).toBe(before);
    }
  });

  it('rejects a request without a file', async () => {
    signInAs(demo.users.leader);
    const form = new FormData();
    form.set('countyId', demo.regions.counties.Deqing!.id);
    const response = await POST(new Request('http://localhost/api/rosters', { method: 'POST', body: form }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { file: expect.any(Array) } });
  });

  it('cuts off a chunked upload with no Content-Length at the ceiling, before anything is parsed', async () => {
    signInAs(demo.users.leader);
    const before = await deqingImports();
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }, { highWaterMark: 0 });
    const request = new Request('http://localhost/api/rosters', { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'multipart/form-data; boundary=b' } } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('MB') });
    expect(pulled).toBeLessThanOrEqual(multipartLimit(1, MAX_ROSTER_BYTES) + chunk.byteLength);
    expect(await deqingImports()).toBe(before);
  });
});
