// Each way of rewriting the trail is refused by the database or found by the verifier. Tampering
// runs as the owner inside a transaction that is rolled back, so the shared chain stays intact.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, getDb, type Tx } from '@/lib/server/db';
import { ensureAppRole } from '@/scripts/lib/app-role.mjs';
import { recordAuditEvent } from '@/modules/audit/mutations';
import { getCheckpointFile, readCheckpoints, writeAuditCheckpoint } from '@/modules/audit/checkpoints';
import { verifyAuditChain, verifyAuditTrail, type AuditVerification } from '@/modules/audit/queries';
import { computeLegacyHash, GENESIS_HASH } from '@/modules/audit/rules';

const ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
const owner = createDb(ownerUrl);
let appUrl: string;

beforeAll(async () => {
  // Run by scripts/test.mjs the app already connects as its role; run directly, make one.
  appUrl = process.env.DATABASE_OWNER_URL ? process.env.DATABASE_URL! : await ensureAppRole(ownerUrl);
});
afterAll(() => owner.$disconnect());

async function append(n: number): Promise<bigint[]> {
  for (let i = 0; i < n; i++) {
    await getDb().$transaction((tx) => recordAuditEvent(tx, null, { action: 'test.event', entityType: 'Test', entityId: `e${i}`, data: { i, when: new Date(0) } }));
  }
  const rows = await getDb().auditEvent.findMany({ orderBy: { id: 'desc' }, take: n, select: { id: true } });
  return rows.map((r) => r.id).reverse();
}

class Rollback extends Error {}

/** As the owner, with the trigger switched off: tamper, look, and undo everything. */
async function inTamperedTable(tamper: (tx: Tx) => Promise<unknown>, check: (tx: Tx) => Promise<AuditVerification>) {
  let seen: AuditVerification | undefined;
  await owner
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
        await tamper(tx);
        seen = await check(tx);
        throw new Rollback();
      },
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return seen!;
}

const NO_CHECKPOINTS = { checkpoints: [], badLines: [] };

/** The attacker's rewrite: from `fromId` (to `toId`), every hash recomputed with the public algorithm. */
async function rehashPublicly(tx: Tx, fromId: bigint, { toId, hashScheme }: { toId?: bigint; hashScheme?: string } = {}) {
  const rows = await tx.auditEvent.findMany({ where: { id: { gte: fromId, ...(toId ? { lte: toId } : {}) } }, orderBy: { id: 'asc' } });
  let prev = rows[0]!.prevHash;
  for (const row of rows) {
    const hash = computeLegacyHash(prev, row);
    await tx.auditEvent.update({ where: { id: row.id }, data: { prevHash: prev, hash, ...(hashScheme ? { hashScheme } : {}) } });
    prev = hash;
  }
}

describe('audit trail', () => {
  it('verifies an intact chain against its checkpoints', async () => {
    const ids = await append(3);
    const cp = await writeAuditCheckpoint(getDb());
    expect(cp).toMatchObject({ id: ids[2]!.toString(), count: await getDb().auditEvent.count() });
    const result = await verifyAuditTrail(getDb());
    expect(result).toMatchObject({ ok: true, problem: null, head: { id: ids[2]!.toString() }, latestCheckpoint: { id: ids[2]!.toString() } });
    expect(result.events).toBe(await getDb().auditEvent.count());
  });

  it('refuses UPDATE, DELETE and TRUNCATE by trigger, even to the owner', async () => {
    const [id] = await append(1);
    await expect(owner.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE id = ${id}`).rejects.toThrow(/append-only/);
    await expect(owner.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${id}`).rejects.toThrow(/append-only/);
    await expect(owner.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    await expect(owner.$transaction([owner.$executeRawUnsafe('SET LOCAL session_replication_role = replica'), owner.$executeRawUnsafe('TRUNCATE "AuditEvent"')])).rejects.toThrow(/append-only/);
    expect(await getDb().auditEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ action: 'test.event' });
  });

  it('gives the app role no way to change or remove events', async () => {
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      const denied = async (sql: string) => expect(client.query(sql)).rejects.toMatchObject({ code: '42501' });
      await denied(`UPDATE "AuditEvent" SET "action" = 'forged'`);
      await denied(`DELETE FROM "AuditEvent"`);
      await denied(`TRUNCATE "AuditEvent"`);
      await denied(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
      await denied(`DROP TABLE "AuditEvent"`);
      await denied(`SELECT * FROM "_prisma_migrations"`);
      const { rows } = await client.query(`SELECT current_user AS who, has_table_privilege('"AuditEvent"', 'INSERT') AS ins, has_table_privilege('"AuditEvent"', 'SELECT') AS sel, has_table_privilege('"Finding"', 'UPDATE') AS upd`);
      expect(rows[0]).toEqual({ who: 'assess_app', ins: true, sel: true, upd: true });
    } finally {
      await client.end();
    }
  });

  it('finds an edit whose hashes were recomputed with the public SHA-256', async () => {
    const [, middle] = await append(3);
    const edit = (tx: Tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "data" = '{"i": 42}' WHERE id = ${middle}`;
    const relabelled = await inTamperedTable(
      async (tx) => (await edit(tx), rehashPublicly(tx, middle!, { hashScheme: 'sha256' })),
      (tx) => verifyAuditChain(tx, NO_CHECKPOINTS),
    );
    expect(relabelled.problem).toEqual({ kind: 'brokenEvent', eventId: middle!.toString(), reason: 'scheme' });
    const unlabelled = await inTamperedTable(
      async (tx) => (await edit(tx), rehashPublicly(tx, middle!)),
      (tx) => verifyAuditChain(tx, NO_CHECKPOINTS),
    );
    expect(unlabelled.problem).toEqual({ kind: 'brokenEvent', eventId: middle!.toString(), reason: 'hash' });
  });

  it('finds the newest events deleted, by the checkpoint', async () => {
    const ids = await append(3);
    await writeAuditCheckpoint(getDb());
    const total = await getDb().auditEvent.count();
    const result = await inTamperedTable(
      (tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE id >= ${ids[1]}`,
      (tx) => verifyAuditChain(tx, readCheckpoints()),
    );
    expect(result.ok).toBe(false);
    expect(result.problem).toMatchObject({ kind: 'missingTail', checkpoint: { id: ids[2]!.toString(), count: total }, events: total - 2 });
  });

  it('finds a TRUNCATE that went around the trigger, by the checkpoint', async () => {
    await append(1);
    await writeAuditCheckpoint(getDb());
    const result = await inTamperedTable(
      (tx) => tx.$executeRawUnsafe('TRUNCATE "AuditEvent"'),
      (tx) => verifyAuditChain(tx, readCheckpoints()),
    );
    expect(result.problem).toMatchObject({ kind: 'missingTail', events: 0 });
  });

  it('keeps events hashed before keying verifiable, and sealed by the first keyed event', async () => {
    const legacy = async (tx: Tx) => {
      await tx.$executeRawUnsafe('DELETE FROM "AuditEvent"');
      let prev = GENESIS_HASH;
      for (const i of [1, 2]) {
        const content = { at: new Date(Date.UTC(2019, 1, 18, 9, i)), actorId: null, action: 'old.event', entityType: 'Test', entityId: `old${i}`, assessmentId: null, data: { i } };
        const hash = computeLegacyHash(prev, content);
        await tx.auditEvent.create({ data: { ...content, prevHash: prev, hash, hashScheme: 'sha256' } });
        prev = hash;
      }
      await recordAuditEvent(tx, null, { action: 'new.event', entityType: 'Test', entityId: 'new' });
    };
    const intact = await inTamperedTable(legacy, (tx) => verifyAuditChain(tx, NO_CHECKPOINTS));
    expect(intact).toMatchObject({ ok: true, events: 3, legacyEvents: 2 });

    const rewritten = await inTamperedTable(
      async (tx) => {
        await legacy(tx);
        const [first, second] = await tx.auditEvent.findMany({ orderBy: { id: 'asc' }, take: 2 });
        await tx.auditEvent.update({ where: { id: first!.id }, data: { entityId: 'forged' } });
        await rehashPublicly(tx, first!.id, { toId: second!.id });
      },
      (tx) => verifyAuditChain(tx, NO_CHECKPOINTS),
    );
    // The legacy part holds on its own; the keyed event that follows it no longer does.
    expect(rewritten.problem).toMatchObject({ kind: 'brokenEvent', reason: 'prevHash' });
    expect(rewritten.events).toBe(2);
  });

  it('reports a checkpoint line that does not carry a valid signature', async () => {
    await append(1);
    await writeAuditCheckpoint(getDb());
    const file = getCheckpointFile();
    const before = readFileSync(file, 'utf8');
    const last = JSON.parse(before.trim().split('\n').pop()!) as Record<string, unknown>;
    try {
      appendFileSync(file, `${JSON.stringify({ ...last, count: 1 })}\n`);
      const lines = before.trim().split('\n').length;
      expect((await verifyAuditTrail(getDb())).problem).toEqual({ kind: 'badCheckpointLine', line: lines + 1 });
    } finally {
      writeFileSync(file, before);
    }
  });
});
