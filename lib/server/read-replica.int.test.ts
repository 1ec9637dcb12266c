// Reads on a real streaming replica: a primary and a hot standby of it (scripts/lib/replica-pair.mjs),
// the primary migrated with the project's migrations, the app pointed at both through DATABASE_URL
// and DATABASE_REPLICA_URL. With the standby's replay paused, what each read returns shows which
// server answered it: the lag-tolerant list and export miss a new finding on the replica, while the
// write path, the record's own page and the writer's own list read the primary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as downloadFindings } from '@/app/api/findings/export/route';
import { getDatabaseUrl, getEnv } from '@/lib/env';
import { getDb, type Db } from '@/lib/server/db';
import { checkReplicas, closeReplicas, getReadDb } from '@/lib/server/read-db';
import { wroteRecently } from '@/lib/server/read-your-writes';
import { readYourWritesSeconds } from '@/lib/server/replica-lag';
import { createFindingAction } from '@/modules/findings/actions';
import { findFindingsPage } from '@/modules/findings/list-query';
import { parseFindingListParams } from '@/modules/findings/list-params';
import { getFinding } from '@/modules/findings/queries';
import { onServer } from '@/scripts/lib/database.mjs';
import { runPrisma } from '@/scripts/lib/run-prisma.mjs';
import { startReplicaPair } from '@/scripts/lib/replica-pair.mjs';
import { actorOf } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createCampaign, createGroup } from '@/seeds/factories/campaigns';
import { createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

// The browser's cookies, kept from one request to the next (Next's cookies() needs a running request).
const browser = vi.hoisted(() => {
  const jar = new Map<string, string>();
  return { jar, cookies: { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined), set: (name: string, value: string) => void jar.set(name, value) } };
});
vi.mock('next/headers', () => ({ cookies: async () => browser.cookies }));

const dir = mkdtempSync(path.join(tmpdir(), 'assess-replica-'));
let pair: Awaited<ReturnType<typeof startReplicaPair>>;
let assessor: { id: string };
let assessmentId: string;
let villageId: string;

const onReplica = <T,>(sql: string) => onServer<T>(pair.replicaUrl, sql);

const inRecovery = async (db: Db) => (await db.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0]!.standby;

async function listedTitles(db?: Db) {
  const page = await findFindingsPage(db ?? (await getReadDb()), await actorOf(assessor), parseFindingListParams({ assessment: assessmentId }));
  return page.rows.map((row) => row.title);
}

/** Records a finding through the guarded write path, as the assessor's browser. */
async function recordFinding(title: string) {
  signInAs(assessor);
  const result = await createFindingAction({ assessmentId, regionId: villageId, category: 'IDENTIFICATION_ACCURACY', severity: 'SERIOUS', title, description: '抽查户收入低于标准。' });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
}

beforeAll(async () => {
  pair = await startReplicaPair({ dir, flags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] });
  await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: pair.primaryUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
  process.env.DATABASE_URL = pair.primaryUrl;
  // Only the replica's host and port: its user, password and database are DATABASE_URL's.
  process.env.DATABASE_REPLICA_URL = `postgresql://${new URL(pair.replicaUrl).host}`;
  // Replay is paused here on purpose, however slow the machine: the lag bound is tested in replica.int.test.ts.
  process.env.DATABASE_REPLICA_MAX_LAG_SECONDS = '3600';
  expect(getDatabaseUrl(), 'the app reads its settings once: nothing may have read them before this file').toBe(pair.primaryUrl);

  const db = getDb();
  const province = await createRegion(db, { name: '复制省' });
  const city = await createRegion(db, { name: '复制市', level: 'CITY', parent: province });
  const county = await createRegion(db, { name: '复制县', level: 'COUNTY', parent: city });
  const town = await createRegion(db, { name: '复制镇', level: 'TOWN', parent: county });
  villageId = (await createRegion(db, { name: '复制村', level: 'VILLAGE', parent: town })).id;
  assessor = await createUser(db, { displayName: '复制组员' });
  const campaign = await createCampaign(db, {});
  const group = await createGroup(db, { campaignId: campaign.id, number: 1, assessorIds: [assessor.id] });
  assessmentId = (await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: city.id })).id;
  await recordFinding('复制前的问题');
  await pair.caughtUp();
  await checkReplicas();
}, 180_000);

afterAll(async () => {
  await onReplica('SELECT pg_wal_replay_resume()').catch(() => undefined);
  await closeReplicas();
  await pair?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a streaming replica', () => {
  it('receives what is written on the primary, and refuses writes of its own', async () => {
    const region = await getDb().region.create({ data: { code: `R${Date.now()}`, name: '新写入的地区', level: 'PROVINCE', path: `/R${Date.now()}/` } });
    await pair.caughtUp();
    expect(await onReplica<{ name: string }>(`SELECT name FROM "Region" WHERE id = '${region.id}'`)).toEqual([{ name: '新写入的地区' }]);

    browser.jar.clear();
    const readDb = await getReadDb();
    expect(await inRecovery(readDb)).toBe(true);
    await expect(readDb.region.create({ data: { code: `W${Date.now()}`, name: '写到副本', level: 'PROVINCE', path: '/W/' } })).rejects.toThrow(/read-only/);
  });

  it('serves the lag-tolerant list, while the write path, the record and the writer’s own list read the primary', async () => {
    expect(await inRecovery(getDb())).toBe(false);
    await onReplica('SELECT pg_wal_replay_pause()');
    const finding = await recordFinding('暂停回放时的新问题');
    // The write committed on the primary; the record's page reads the primary.
    expect((await getFinding(getDb(), await actorOf(assessor), finding.id))?.title).toBe('暂停回放时的新问题');

    // The writer's browser carries the read-your-writes cookie: its list comes from the primary.
    expect(await wroteRecently()).toBe(true);
    expect(await inRecovery(await getReadDb())).toBe(false);
    expect(await listedTitles()).toContain('暂停回放时的新问题');

    // Another browser (or the same after the window) reads the list from the replica, which has not replayed it.
    browser.jar.clear();
    expect(await inRecovery(await getReadDb())).toBe(true);
    const fromReplica = await listedTitles();
    expect(fromReplica).toContain('复制前的问题');
    expect(fromReplica).not.toContain('暂停回放时的新问题');

    await onReplica('SELECT pg_wal_replay_resume()');
    await pair.caughtUp();
    expect(await listedTitles()).toContain('暂停回放时的新问题');
  });

  it('reads an export on the replica and records it on the primary', async () => {
    await onReplica('SELECT pg_wal_replay_pause()');
    await recordFinding('导出时尚未复制的问题');
    browser.jar.clear();
    signInAs(assessor);
    const response = await downloadFindings(new Request(`http://localhost/api/findings/export?assessment=${assessmentId}`), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const exported = await getDb().auditEvent.findFirstOrThrow({ where: { action: 'finding.list.export', actorId: assessor.id }, orderBy: { id: 'desc' } });
    const onPrimary = await getDb().finding.count({ where: { assessmentId } });
    expect((exported.data as { rows: number }).rows).toBe(onPrimary - 1);
    // The export was a write of this browser too: its next list reads the primary.
    expect(await wroteRecently()).toBe(true);
    expect(await wroteRecently(Date.now() + readYourWritesSeconds(getEnv().DATABASE_REPLICA_MAX_LAG_SECONDS) * 1000 + 1)).toBe(false);
    await onReplica('SELECT pg_wal_replay_resume()');
    await pair.caughtUp();
  });

  // Last: the standby stays down.
  it('answers from the primary when the replica goes down, and sends later reads there', async () => {
    browser.jar.clear();
    const readDb = await getReadDb();
    expect(await inRecovery(readDb)).toBe(true);
    await pair.stopReplica();
    // A read already given the replica's client is answered by the primary, with every row.
    expect(await inRecovery(readDb)).toBe(false);
    expect(await listedTitles(readDb)).toEqual(expect.arrayContaining(['复制前的问题', '暂停回放时的新问题', '导出时尚未复制的问题']));
    expect(await getReadDb()).toBe(getDb());
    await checkReplicas();
    expect(await getReadDb()).toBe(getDb());
  });
});
