// The outbox's rules: waits that double with jitter up to five minutes and start again when the network is back,
// oldest first, an edit waiting for its finding's create (or replacing it before any attempt), the answers of the
// server, conflicts settled three ways, and sent entries kept a day (at most 50).
import { describe, expect, it } from 'vitest';
import {
  addFindingEdit,
  backoffMs,
  dueEntries,
  expiredSent,
  newEntry,
  nextAttemptAt,
  resetBackoff,
  resolveConflict,
  settle,
  withoutEntry,
  type FindingValues,
  type OutboxEntry,
} from '@/lib/offline/outbox-core';

const values = (title: string): FindingValues => ({ regionId: 'r', indicatorId: null, category: 'TARGETED_ASSISTANCE', severity: 'GENERAL', title, description: 'd' });
const finding = (id: string, at: number) =>
  newEntry({ kind: 'finding', id, visitId: 'v', photoIds: [], label: id, draft: '{}', payload: { submissionKey: id, assessmentId: 'a', siteVisitId: 'v', checkId: null, values: values(id), position: null, recordedAt: '' } }, at);
const check = (id: string, at: number) => newEntry({ kind: 'check', id, visitId: 'v', photoIds: [], label: id, draft: '{}', payload: { submissionKey: id } as never }, at);
const edit = (id: string, over: { createId?: string; findingId?: string; baseVersion?: number }, title: string) => ({
  id,
  createId: over.createId ?? null,
  findingId: over.findingId ?? null,
  baseVersion: over.baseVersion ?? null,
  base: values('base'),
  values: values(title),
  photoIds: [],
  visitId: 'v',
  label: title,
  draft: '{}',
});
const byId = (entries: OutboxEntry[], id: string) => entries.find((e) => e.id === id)!;

describe('backoffMs', () => {
  it('doubles from 2 s to at most 5 min, each wait between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffMs(1, 0)).toBe(1_000);
    expect(backoffMs(20, 1)).toBe(300_000);
    expect(backoffMs(20, 0)).toBe(150_000);
  });
});

describe('settle and the order of sending', () => {
  it('retries later, then at once when the network is back', () => {
    let entries = [check('a', 1), check('b', 2)];
    entries = settle(entries, 'a', { kind: 'retry' }, 10, 1);
    expect(byId(entries, 'a')).toMatchObject({ attempts: 1, nextAttemptAt: 2_010, state: 'waiting' });
    expect(dueEntries(entries, 10).map((e) => e.id)).toEqual(['b']);
    expect(nextAttemptAt(entries)).toBe(2);
    entries = resetBackoff(entries, 20);
    expect(dueEntries(entries, 20).map((e) => e.id)).toEqual(['a', 'b']);
    expect(byId(entries, 'a').attempts).toBe(0);
  });

  it('marks refusals and sent entries, and retries missing photos at once', () => {
    let entries = [check('a', 1), check('b', 2), check('c', 3)];
    entries = settle(entries, 'a', { kind: 'refused', refusal: { message: 'no', fieldErrors: {} } }, 5, 0);
    entries = settle(entries, 'b', { kind: 'sent', id: 'srv', version: null }, 6, 0);
    entries = settle(entries, 'c', { kind: 'missingPhotos', photoIds: ['p'] }, 7, 0);
    expect(byId(entries, 'a')).toMatchObject({ state: 'refused', refusal: { message: 'no' } });
    expect(byId(entries, 'b')).toMatchObject({ state: 'sent', sentAt: 6, serverId: 'srv' });
    expect(byId(entries, 'c')).toMatchObject({ state: 'waiting', nextAttemptAt: 7 });
    expect(dueEntries(entries, 7).map((e) => e.id)).toEqual(['c']);
  });

  it("replaces a create's content while it was never tried; once tried, the edit waits for it", () => {
    let entries: OutboxEntry[] = [finding('f', 1)];
    entries = addFindingEdit(entries, edit('e1', { createId: 'f' }, 'second'), 2);
    expect(entries).toHaveLength(1);
    expect(byId(entries, 'f').payload).toMatchObject({ values: { title: 'second' } });
    entries = settle(entries, 'f', { kind: 'retry' }, 3, 0);
    entries = addFindingEdit(entries, edit('e2', { createId: 'f' }, 'third'), 4);
    expect(byId(entries, 'e2').payload).toMatchObject({ after: 'f', findingId: null, base: { title: 'second' } });
    expect(dueEntries(entries, 1e9).map((e) => e.id)).toEqual(['f']);
    entries = settle(entries, 'f', { kind: 'sent', id: 'srv-f', version: 1 }, 5, 0);
    expect(byId(entries, 'e2').payload).toMatchObject({ after: null, findingId: 'srv-f', baseVersion: 1 });
    expect(dueEntries(entries, 1e9).map((e) => e.id)).toEqual(['e2']);
  });

  it('starts an edit of a sent finding from the newest version the device knows', () => {
    let entries: OutboxEntry[] = [finding('f', 1)];
    entries = settle(entries, 'f', { kind: 'sent', id: 'srv-f', version: 1 }, 2, 0);
    entries = addFindingEdit(entries, edit('e1', { createId: 'f' }, 'x'), 3);
    expect(byId(entries, 'e1').payload).toMatchObject({ findingId: 'srv-f', baseVersion: 1, base: { title: 'f' } });
    entries = addFindingEdit([], edit('e9', { findingId: 'srv-9', baseVersion: 4 }, 'y'), 3);
    expect(entries[0]!.payload).toMatchObject({ findingId: 'srv-9', baseVersion: 4, after: null });
  });

  it('takes a conflict whose server values are mine as sent (my own edit, its answer lost)', () => {
    const entries = addFindingEdit([], edit('e', { findingId: 's', baseVersion: 1 }, 'mine'), 1);
    const current = { id: 's', version: 2, status: 'DRAFT', values: values('mine'), updatedAt: '' };
    expect(settle(entries, 'e', { kind: 'conflict', current }, 2, 0)[0]).toMatchObject({ state: 'sent', serverVersion: 2 });
    const theirs = { ...current, values: values('theirs') };
    expect(settle(entries, 'e', { kind: 'conflict', current: theirs }, 2, 0)[0]).toMatchObject({ state: 'conflict' });
  });
});

describe('resolveConflict', () => {
  const current = { id: 's', version: 3, status: 'DRAFT', values: values('theirs'), updatedAt: '' };
  const conflicted = () => {
    let entries = addFindingEdit([], edit('e', { findingId: 's', baseVersion: 1 }, 'mine'), 1);
    entries = settle(entries, 'e', { kind: 'conflict', current }, 2, 0);
    entries = settle(entries, 'x', { kind: 'retry' }, 2, 0);
    return entries;
  };

  it('sends mine (or the merge) again over the current version, or drops the edit for theirs', () => {
    expect(resolveConflict(conflicted(), 'e', { keep: 'mine' }, 5)[0]).toMatchObject({ state: 'waiting', payload: { baseVersion: 3, base: { title: 'theirs' }, values: { title: 'mine' } } });
    expect(resolveConflict(conflicted(), 'e', { keep: 'merged', values: values('both') }, 5)[0]).toMatchObject({ state: 'waiting', payload: { values: { title: 'both' } } });
    expect(resolveConflict(conflicted(), 'e', { keep: 'theirs' }, 5)).toEqual([]);
  });

  it('takes an entry out with the edits that build on it', () => {
    let entries: OutboxEntry[] = [finding('f', 1), check('c', 2)];
    entries = settle(entries, 'f', { kind: 'refused', refusal: { message: 'no', fieldErrors: {} } }, 3, 0);
    entries = addFindingEdit(entries, edit('e', { createId: 'f' }, 'later'), 4);
    const { remaining, taken } = withoutEntry(entries, 'f');
    expect(taken.map((e) => e.id)).toEqual(['f', 'e']);
    expect(remaining.map((e) => e.id)).toEqual(['c']);
  });
});

describe('expiredSent', () => {
  it('keeps sent entries for a day, the newest 50 at most', () => {
    const day = 24 * 60 * 60_000;
    let entries = Array.from({ length: 52 }, (_, i) => check(`c${i}`, i));
    entries = entries.reduce((all, e, i) => settle(all, e.id, { kind: 'sent', id: e.id, version: null }, day + i, 0), entries);
    entries = settle([...entries, check('old', 0)], 'old', { kind: 'sent', id: 'old', version: null }, 0, 0);
    expect(expiredSent([...entries, check('waiting', 0)], 2 * day - 10).map((e) => e.id).sort()).toEqual(['c0', 'c1', 'old']);
  });
});
