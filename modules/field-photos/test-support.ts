// Test helpers of the field app's sync: a staged photo posted the way the device sends it, and a
// JSON request to a route handler.
import { createHash, randomUUID } from 'node:crypto';
import { stagePhotoResponse } from '@/modules/field-photos/route-handlers';

export type TestPhoto = { bytes: Uint8Array; name: string; type?: string };

export type SyncResult<D> = { ok: boolean; code?: string; message?: string; data?: D; fieldErrors?: Record<string, string[]>; missingPhotoIds?: string[]; current?: unknown };

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Posts a photo to /api/field-photos; `sha256` defaults to the hash of the bytes. */
export async function postPhoto(photo: TestPhoto, options: { id?: string; sha256?: string; takenAt?: string } = {}) {
  const id = options.id ?? randomUUID();
  const body = new FormData();
  body.append('id', id);
  body.append('sha256', options.sha256 ?? sha256Hex(photo.bytes));
  if (options.takenAt) body.append('takenAt', options.takenAt);
  body.append('file', new File([new Uint8Array(photo.bytes)], photo.name, { type: photo.type ?? 'image/jpeg' }));
  const response = await stagePhotoResponse(new Request('http://localhost/api/field-photos', { method: 'POST', body }));
  return { id, status: response.status, result: (await response.json()) as SyncResult<{ id: string; sha256: string; replayed: boolean }> };
}

/** A JSON request as the device sends one. */
export function jsonRequest(url: string, body: unknown, init: { method?: string; headers?: Record<string, string> } = {}): Request {
  return new Request(`http://localhost${url}`, {
    method: init.method ?? 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

export async function readResult<D>(response: Response) {
  return { status: response.status, result: (await response.json()) as SyncResult<D> };
}
