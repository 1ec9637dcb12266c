// The outbox's requests (decision 022: POST /api/field-photos, POST /api/checks, POST /api/findings,
// PATCH /api/findings/[id]) and how each answer reads as an outcome for the outbox's rules.
import type { FindingCurrent, OutboxEntry, Refusal, SendOutcome } from '@/lib/offline/outbox-core';
import type { PhotoOutcome } from '@/lib/offline/outbox-sender';

type Body = { ok?: boolean; data?: { id?: string; version?: number }; code?: string; message?: string; fieldErrors?: Record<string, string[]>; missingPhotoIds?: string[]; current?: FindingCurrent };

/** An answer (or none: `status` null when the request never got one) as an outcome. */
export function readAnswer(status: number | null, body: unknown): SendOutcome {
  const answer = (body && typeof body === 'object' ? body : null) as Body | null;
  // No answer, a gateway giving up, an overloaded server or a body that is not ours: the connection, not the record.
  if (status === null || status >= 500 || status === 429 || !answer || typeof answer.ok !== 'boolean') return { kind: 'retry' };
  if (answer.ok) return answer.data?.id ? { kind: 'sent', id: answer.data.id, version: answer.data.version ?? null } : { kind: 'retry' };
  const message = answer.message ?? '';
  if (answer.code === 'UNAUTHENTICATED') return { kind: 'signedOut', message };
  if (answer.code === 'CONFLICT' && answer.current) return { kind: 'conflict', current: answer.current };
  if (answer.code === 'VALIDATION' && answer.missingPhotoIds && answer.missingPhotoIds.length > 0) return { kind: 'missingPhotos', photoIds: answer.missingPhotoIds };
  const refusal: Refusal = { message, fieldErrors: answer.fieldErrors ?? {} };
  return { kind: 'refused', refusal };
}

/** A photo upload's answer: a damaged upload (hash mismatch) is tried again like a lost one. */
export function readPhotoAnswer(status: number | null, body: unknown): PhotoOutcome {
  const outcome = readAnswer(status, body);
  if (outcome.kind === 'sent') return { kind: 'uploaded' };
  if (outcome.kind === 'signedOut') return outcome;
  if (outcome.kind === 'refused') {
    const damaged = (outcome.refusal.fieldErrors.sha256 ?? []).length > 0 || /sha|hash/i.test((outcome.refusal.fieldErrors.file ?? []).join(' '));
    return damaged ? { kind: 'retry' } : outcome;
  }
  return { kind: 'retry' };
}

async function exchange(url: string, init: RequestInit): Promise<{ status: number | null; body: unknown }> {
  try {
    const response = await fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store' });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: null, body: null };
  }
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function uploadPhoto(photo: { id: string; name: string; blob: Blob; takenAt: number }): Promise<PhotoOutcome> {
  const body = new FormData();
  body.append('id', photo.id);
  body.append('sha256', await sha256Hex(photo.blob));
  body.append('takenAt', new Date(photo.takenAt).toISOString());
  body.append('file', photo.blob, photo.name);
  const { status, body: answer } = await exchange('/api/field-photos', { method: 'POST', body });
  return readPhotoAnswer(status, answer);
}

/** The request that sends an entry; `deviceSentAt` is the device clock at this moment. */
export function requestOf(entry: OutboxEntry, deviceSentAt: string): { url: string; method: 'POST' | 'PATCH'; json: Record<string, unknown> } {
  const photoIds = entry.photoIds;
  if (entry.kind === 'check') return { url: '/api/checks', method: 'POST', json: { ...entry.payload, photoIds, deviceSentAt } };
  if (entry.kind === 'finding') {
    // Optional fields go only when set.
    const { values, position, checkId, siteVisitId, ...rest } = entry.payload;
    const optional = { ...(position ? { position } : {}), ...(checkId ? { checkId } : {}), ...(siteVisitId ? { siteVisitId } : {}) };
    return { url: '/api/findings', method: 'POST', json: { ...rest, ...values, ...optional, photoIds, deviceSentAt } };
  }
  const { findingId, baseVersion, values } = entry.payload;
  return { url: `/api/findings/${findingId ?? ''}`, method: 'PATCH', json: { version: baseVersion, ...values, photoIds } };
}

export async function sendEntry(entry: OutboxEntry): Promise<SendOutcome> {
  const request = requestOf(entry, new Date().toISOString());
  const { status, body } = await exchange(request.url, { method: request.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request.json) });
  return readAnswer(status, body);
}
