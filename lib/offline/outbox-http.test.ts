// How the server's answers read for the outbox (decision 022): a lost or failed request is tried again; a
// signed-out session stops sending; a stale version is a conflict with the server's values; missing photos go up again.
import { describe, expect, it } from 'vitest';
import { newEntry } from '@/lib/offline/outbox-core';
import { readAnswer, readPhotoAnswer, requestOf } from '@/lib/offline/outbox-http';

describe('readAnswer', () => {
  it('reads each kind of answer', () => {
    expect(readAnswer(null, null)).toEqual({ kind: 'retry' });
    expect(readAnswer(502, null)).toEqual({ kind: 'retry' });
    expect(readAnswer(200, '<html>')).toEqual({ kind: 'retry' });
    expect(readAnswer(200, { ok: true, data: { id: 'c1', replayed: true } })).toEqual({ kind: 'sent', id: 'c1', version: null });
    expect(readAnswer(200, { ok: true, data: { id: 'f1', version: 2 } })).toEqual({ kind: 'sent', id: 'f1', version: 2 });
    expect(readAnswer(401, { ok: false, code: 'UNAUTHENTICATED', message: 'sign in' })).toEqual({ kind: 'signedOut', message: 'sign in' });
    const current = { id: 'f1', version: 3, status: 'DRAFT', values: {}, updatedAt: '' };
    expect(readAnswer(409, { ok: false, code: 'CONFLICT', message: 'stale', current })).toEqual({ kind: 'conflict', current });
    expect(readAnswer(409, { ok: false, code: 'CONFLICT', message: 'key used' })).toEqual({ kind: 'refused', refusal: { message: 'key used', fieldErrors: {} } });
    expect(readAnswer(422, { ok: false, code: 'VALIDATION', message: 'x', fieldErrors: { photoIds: ['y'] }, missingPhotoIds: ['p1'] })).toEqual({ kind: 'missingPhotos', photoIds: ['p1'] });
    expect(readAnswer(422, { ok: false, code: 'RULE_VIOLATION', message: 'issued', fieldErrors: { title: ['t'] } })).toEqual({ kind: 'refused', refusal: { message: 'issued', fieldErrors: { title: ['t'] } } });
  });

  it('tries a damaged photo upload again but refuses a file that is not an image', () => {
    expect(readPhotoAnswer(200, { ok: true, data: { id: 'p', sha256: 'ab', replayed: false } })).toEqual({ kind: 'uploaded' });
    expect(readPhotoAnswer(422, { ok: false, code: 'VALIDATION', message: 'bad', fieldErrors: { file: ['SHA-256 mismatch'] } })).toEqual({ kind: 'retry' });
    expect(readPhotoAnswer(422, { ok: false, code: 'VALIDATION', message: 'bad', fieldErrors: { file: ['Not an image'] } })).toMatchObject({ kind: 'refused' });
  });
});

describe('requestOf', () => {
  const values = { regionId: 'r', indicatorId: null, category: 'TARGETED_ASSISTANCE' as const, severity: 'GENERAL' as const, title: 't', description: 'd' };

  it('sends a field finding flat, with its photos and the device clock, optional fields only when set', () => {
    const entry = newEntry({ kind: 'finding', id: 'k', visitId: 'v', photoIds: ['p1'], label: 't', draft: '{}', payload: { submissionKey: 'k', assessmentId: 'a', siteVisitId: 'v', checkId: null, values, position: null, recordedAt: '2026-01-01T00:00:00.000Z' } }, 1);
    expect(requestOf(entry, 'now')).toEqual({
      url: '/api/findings',
      method: 'POST',
      json: { submissionKey: 'k', assessmentId: 'a', siteVisitId: 'v', recordedAt: '2026-01-01T00:00:00.000Z', ...values, photoIds: ['p1'], deviceSentAt: 'now' },
    });
  });

  it('sends an edit as a PATCH of the finding with the version it was made from', () => {
    const entry = newEntry({ kind: 'findingEdit', id: 'e', visitId: 'v', photoIds: [], label: 't', draft: '{}', payload: { findingId: 'f1', createId: null, after: null, baseVersion: 4, base: values, values } }, 1);
    expect(requestOf(entry, 'now')).toEqual({ url: '/api/findings/f1', method: 'PATCH', json: { version: 4, ...values, photoIds: [] } });
  });
});
