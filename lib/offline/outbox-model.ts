// A model of the server side of field sync (decision 022), for the outbox's property test: staged photos, checks and
// findings made once per submission key, versioned edits with 409 and the current values, and a network that
// loses a request before or after the server handled it, or delivers it twice. It keeps the history of what it
// accepted so the test can say which content was last accepted, independently of the device's rules.
import type { FindingCurrent, FindingValues, OutboxEntry, SendOutcome } from '@/lib/offline/outbox-core';
import { readAnswer, readPhotoAnswer, requestOf } from '@/lib/offline/outbox-http';
import type { PhotoOutcome } from '@/lib/offline/outbox-sender';

export type Fault = 'none' | 'lostBefore' | 'lostAfter' | 'twice';
type StoredRecord = { id: string; key: string; kind: 'check' | 'finding'; version: number; values: FindingValues | null; photoIds: string[] };
export type Accepted = { recordId: string; values: FindingValues; by: 'device' | 'other' };

export class ModelServer {
  staged = new Set<string>();
  attached = new Set<string>();
  records = new Map<string, StoredRecord>();
  history: Accepted[] = [];
  faults: Fault[] = [];
  private ids = 0;

  private answer(status: number, body: unknown) {
    return { status, body };
  }

  /** One delivery of a request through the faulty network: what the device gets back (status null: nothing). */
  private deliver(handle: () => { status: number; body: unknown }): { status: number | null; body: unknown } {
    const fault = this.faults.shift() ?? 'none';
    if (fault === 'lostBefore') return { status: null, body: null };
    const first = handle();
    if (fault === 'lostAfter') return { status: null, body: null };
    return fault === 'twice' ? handle() : first;
  }

  uploadPhoto(id: string): PhotoOutcome {
    const { status, body } = this.deliver(() => {
      this.staged.add(id);
      return this.answer(200, { ok: true, data: { id, replayed: false } });
    });
    return readPhotoAnswer(status, body);
  }

  /** Staged photos not yet attached expire (the worker's 30 days). */
  forgetStagedPhotos(): void {
    for (const id of this.staged) if (!this.attached.has(id)) this.staged.delete(id);
  }

  private create(kind: 'check' | 'finding', key: string, values: FindingValues | null, photoIds: string[]) {
    const existing = [...this.records.values()].find((r) => r.key === key);
    if (existing) return this.answer(200, { ok: true, data: { id: existing.id, version: existing.version, replayed: true } });
    const missing = photoIds.filter((p) => !this.staged.has(p) || this.attached.has(p));
    if (missing.length > 0) return this.answer(422, { ok: false, code: 'VALIDATION', message: 'photos', fieldErrors: { photoIds: ['missing'] }, missingPhotoIds: missing });
    const record: StoredRecord = { id: `srv-${++this.ids}`, key, kind, version: 1, values, photoIds };
    this.records.set(record.id, record);
    for (const p of photoIds) this.attached.add(p);
    if (values) this.history.push({ recordId: record.id, values, by: 'device' });
    return this.answer(200, { ok: true, data: { id: record.id, version: 1, replayed: false } });
  }

  private current(r: StoredRecord): FindingCurrent {
    return { id: r.id, version: r.version, status: 'DRAFT', values: r.values!, updatedAt: new Date(0).toISOString() };
  }

  private edit(id: string, version: number, values: FindingValues) {
    const record = this.records.get(id);
    if (!record || record.kind !== 'finding') return this.answer(404, { ok: false, code: 'NOT_FOUND', message: 'gone' });
    if (record.version !== version) return this.answer(409, { ok: false, code: 'CONFLICT', message: 'stale', current: this.current(record) });
    record.version += 1;
    record.values = values;
    this.history.push({ recordId: id, values, by: 'device' });
    return this.answer(200, { ok: true, data: { id, version: record.version } });
  }

  send(entry: OutboxEntry): SendOutcome {
    const request = requestOf(entry, new Date(0).toISOString());
    const json = request.json as Record<string, unknown> & FindingValues;
    const { status, body } = this.deliver(() => {
      if (entry.kind === 'check') return this.create('check', entry.payload.submissionKey, null, entry.photoIds);
      if (entry.kind === 'finding') return this.create('finding', entry.payload.submissionKey, entry.payload.values, entry.photoIds);
      const { regionId, indicatorId, category, severity, title, description } = json;
      return this.edit(request.url.split('/').at(-1) ?? '', Number(json.version), { regionId, indicatorId, category, severity, title, description });
    });
    return readAnswer(status, body);
  }

  /** Someone else saves the finding on the server. */
  editByOther(key: string, title: string): boolean {
    const record = [...this.records.values()].find((r) => r.key === key);
    if (!record?.values) return false;
    record.version += 1;
    record.values = { ...record.values, title };
    this.history.push({ recordId: record.id, values: record.values, by: 'other' });
    return true;
  }
}
