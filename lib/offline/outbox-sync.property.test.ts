// The outbox against a model server and a network that fails in every way the field gives it: 1,000 generated
// sequences of creating checks and findings (with photos), editing findings, sending, losing a request before or
// after the server handled it, delivering one twice, expiring staged photos, someone else editing on the server,
// and restarting the device (its state read back from storage). Once the network is back and the outbox drains
// (conflicts resolved as "keep mine"), the server holds exactly one copy of each record, with the content it
// accepted last, nothing the device made is lost, and a conflict only ever comes where the server's record changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFindingEdit, MAX_RETRY_MS, newEntry, resolveConflict, type FindingValues, type OutboxEntry } from '@/lib/offline/outbox-core';
import { drainOutbox, type OutboxDevice } from '@/lib/offline/outbox-sender';
import { ModelServer, type Fault } from '@/lib/offline/outbox-model';

type Op =
  | { op: 'check'; photos: number }
  | { op: 'finding'; photos: number }
  | { op: 'edit'; which: number }
  | { op: 'otherEdit'; which: number }
  | { op: 'send' }
  | { op: 'fault'; fault: Fault }
  | { op: 'forgetPhotos' }
  | { op: 'wait'; ms: number }
  | { op: 'restart' };

// Weighted towards what makes trouble: edits of sent findings, sending, and faults just before a send.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('check' as const), photos: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('finding' as const), photos: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('edit' as const), which: fc.nat(9) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('otherEdit' as const), which: fc.nat(9) }) },
  { weight: 5, arbitrary: fc.constant({ op: 'send' as const }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('fault' as const), fault: fc.constantFrom<Fault>('lostBefore', 'lostAfter', 'twice') }) },
  { weight: 1, arbitrary: fc.constant({ op: 'forgetPhotos' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 600_000 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'restart' as const }) },
);

/** What the device keeps across restarts: its storage. Everything else is made again by `connect`. */
type Storage = { entries: OutboxEntry[]; photos: Map<string, { id: string; uploaded: boolean }> };

function connect(storage: Storage, server: ModelServer, clock: { now: number }): OutboxDevice<{ id: string; uploaded: boolean }> {
  return {
    read: async () => structuredClone(storage.entries),
    update: async (change) => (storage.entries = change(structuredClone(storage.entries))),
    photos: {
      load: async (ids) => ids.flatMap((id) => (storage.photos.has(id) ? [{ ...storage.photos.get(id)! }] : [])),
      mark: async (ids, uploaded) => ids.forEach((id) => storage.photos.has(id) && storage.photos.set(id, { id, uploaded })),
      remove: async (ids) => ids.forEach((id) => storage.photos.delete(id)),
    },
    transport: { uploadPhoto: async (photo) => server.uploadPhoto(photo.id), send: async (entry) => server.send(entry) },
    now: () => clock.now,
    random: () => 0.5,
    exclusive: (_id, work) => work(),
    lostPhotos: (ids) => ({ message: 'lost', fieldErrors: { photoIds: ids } }),
  };
}

const values = (title: string): FindingValues => ({ regionId: 'r1', indicatorId: null, category: 'TARGETED_ASSISTANCE', severity: 'GENERAL', title, description: 'd' });

async function run(ops: Op[]) {
  const server = new ModelServer();
  const storage: Storage = { entries: [], photos: new Map() };
  const clock = { now: 1_000 };
  let device = connect(storage, server, clock);
  let counter = 0;
  const made: Array<{ kind: 'check' | 'finding'; key: string; photoIds: string[] }> = [];
  /** The device's latest values per finding, and the order of events per finding (device edit or someone else's). */
  const latest = new Map<string, FindingValues>();
  const otherChanged = new Set<string>();

  for (const step of ops) {
    clock.now += 1;
    switch (step.op) {
      case 'check':
      case 'finding': {
        const key = `k${++counter}`;
        const photoIds = Array.from({ length: step.photos }, (_, i) => `${key}-p${i}`);
        for (const id of photoIds) storage.photos.set(id, { id, uploaded: false });
        const common = { id: key, visitId: 'v1', photoIds, label: key, draft: '{}' };
        const entry =
          step.op === 'check'
            ? newEntry({ ...common, kind: 'check', payload: { submissionKey: key, siteVisitId: 'v1', householdId: 'h1' } as never }, clock.now)
            : newEntry({ ...common, kind: 'finding', payload: { submissionKey: key, assessmentId: 'a1', siteVisitId: 'v1', checkId: null, values: values(`t${counter}`), position: null, recordedAt: '' } }, clock.now);
        storage.entries = [...storage.entries, entry];
        made.push({ kind: step.op, key, photoIds });
        if (step.op === 'finding') latest.set(key, values(`t${counter}`));
        break;
      }
      case 'edit': {
        const findings = made.filter((m) => m.kind === 'finding');
        const target = findings[step.which % Math.max(1, findings.length)];
        if (!target) break;
        const next = values(`t${++counter}`);
        storage.entries = addFindingEdit(
          storage.entries,
          { id: `e${counter}`, createId: target.key, findingId: null, baseVersion: null, base: latest.get(target.key)!, values: next, photoIds: [], visitId: 'v1', label: 'edit', draft: '{}' },
          clock.now,
        );
        latest.set(target.key, next);
        break;
      }
      case 'otherEdit': {
        const findings = made.filter((m) => m.kind === 'finding');
        const target = findings[step.which % Math.max(1, findings.length)];
        if (target && server.editByOther(target.key, `other${++counter}`)) otherChanged.add(target.key);
        break;
      }
      case 'send':
        await drainOutbox(device);
        break;
      case 'fault':
        server.faults.push(step.fault);
        break;
      case 'forgetPhotos':
        server.forgetStagedPhotos();
        break;
      case 'wait':
        clock.now += step.ms;
        break;
      case 'restart':
        device = connect(storage, server, clock);
        break;
    }
  }

  // The network is back: drain until nothing is unsent, keeping mine in every conflict.
  server.faults = [];
  const conflicted = new Set<string>();
  for (let round = 0; round < 50 && storage.entries.some((e) => e.state !== 'sent'); round++) {
    clock.now += MAX_RETRY_MS;
    await drainOutbox(device);
    for (const e of storage.entries.filter((x) => x.state === 'conflict')) {
      conflicted.add(e.kind === 'findingEdit' ? (e.payload.createId ?? '') : e.id);
      storage.entries = resolveConflict(storage.entries, e.id, { keep: 'mine' }, clock.now);
    }
  }
  return { server, storage, made, latest, otherChanged, conflicted };
}

describe('the outbox against an unreliable server', () => {
  it('loses nothing, doubles nothing, and keeps the content accepted last', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 40 }), async (ops) => {
        const { server, storage, made, latest, otherChanged, conflicted } = await run(ops);
        expect(storage.entries.filter((e) => e.state !== 'sent')).toEqual([]);
        const records = [...server.records.values()];
        // Exactly one copy of each record made on the device, and nothing else.
        expect(records.map((r) => r.key).sort()).toEqual(made.map((m) => m.key).sort());
        for (const m of made) {
          const record = records.find((r) => r.key === m.key)!;
          expect(record.photoIds).toEqual(m.photoIds);
          if (m.kind !== 'finding') continue;
          const mine = latest.get(m.key)!;
          const history = server.history.filter((h) => h.recordId === record.id);
          const lastMine = history.map((h) => h.by === 'device' && h.values.title === mine.title).lastIndexOf(true);
          const lastOther = history.map((h) => h.by === 'other').lastIndexOf(true);
          // The device's last content reached the server; the record holds whatever was accepted last.
          expect(lastMine).toBeGreaterThanOrEqual(0);
          expect(record.values).toEqual(history.at(-1)!.values);
          if (lastMine > lastOther) expect(record.values).toEqual(mine);
        }
        // A conflict only where someone else changed the record.
        for (const key of conflicted) expect(otherChanged.has(key)).toBe(true);
        // Sent photos leave the device.
        expect(storage.photos.size).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});
