// The outbox's one status line never contradicts itself: never "all sent" while anything waits or needs the
// user, never "waiting for the network" while online.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEntry, settle, type OutboxEntry } from '@/lib/offline/outbox-core';
import { summarizeOutbox } from '@/lib/offline/outbox-summary';

const check = (id: string) => newEntry({ kind: 'check', id, visitId: 'v', photoIds: [], label: id, draft: '{}', payload: { submissionKey: id } as never }, 1);
const sent = (id: string) => settle([check(id)], id, { kind: 'sent', id, version: null }, 2, 0)[0]!;
const refused = (id: string) => settle([check(id)], id, { kind: 'refused', refusal: { message: 'no', fieldErrors: {} } }, 2, 0)[0]!;
const later = (id: string) => settle([check(id)], id, { kind: 'retry' }, 2, 0)[0]!;

describe('summarizeOutbox', () => {
  it('names each situation', () => {
    const idle = { online: true, sending: false };
    expect(summarizeOutbox([], idle)).toEqual({ key: 'empty' });
    expect(summarizeOutbox([sent('a'), sent('b')], idle)).toEqual({ key: 'allSent', sent: 2 });
    expect(summarizeOutbox([sent('a'), refused('b')], idle)).toEqual({ key: 'attention', attention: 1 });
    expect(summarizeOutbox([later('a'), refused('b')], { online: false, sending: false })).toEqual({ key: 'offline', waiting: 1, attention: 1 });
    expect(summarizeOutbox([later('a')], { online: true, sending: true })).toEqual({ key: 'sending', waiting: 1, attention: 0 });
    expect(summarizeOutbox([later('a')], idle)).toEqual({ key: 'scheduled', waiting: 1, attention: 0, at: 1_002 });
  });

  it('never says all sent while anything is unsent, nor offline while online', () => {
    const entry = fc.constantFrom('waiting', 'later', 'sent', 'refused').map((kind) => ({ kind, id: Math.random().toString(36) }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.boolean(), fc.boolean(), (specs, online, sending) => {
        const entries: OutboxEntry[] = specs.map((s) => (s.kind === 'waiting' ? check(s.id) : s.kind === 'later' ? later(s.id) : s.kind === 'sent' ? sent(s.id) : refused(s.id)));
        const summary = summarizeOutbox(entries, { online, sending });
        const unsent = entries.filter((e) => e.state !== 'sent').length;
        if (summary.key === 'allSent' || summary.key === 'empty') expect(unsent).toBe(0);
        if (summary.key === 'offline') expect(online).toBe(false);
        if (unsent > 0) expect(['allSent', 'empty']).not.toContain(summary.key);
        if ('waiting' in summary) expect(summary.waiting).toBe(entries.filter((e) => e.state === 'waiting').length);
      }),
    );
  });
});
