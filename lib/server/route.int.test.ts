// route(): JSON route handlers answer a body that is too large or not JSON in the app's own words,
// and the text rule applies to JSON bodies as to every other input.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { route } from '@/lib/server/route';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const handler = route({
  schema: z.object({ name: z.string().max(50) }),
  permission: 'campaign.read',
  run: async ({ audit }, input) => {
    await audit({ action: 'test.route', entityType: 'Test', entityId: input.name });
    return input;
  },
});

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  handler(new Request('http://localhost/api/test', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, duplex: 'half' } as RequestInit));

function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(64 * 1024).fill(0x20);
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

describe('a JSON route handler', () => {
  it('answers broken JSON with a translated 422', async () => {
    signInAs(demo.users.admin);
    const response = await post('{"name":');
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ ok: false, code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON。' });
  });

  it('answers a declared oversize body with 413 before reading it', async () => {
    signInAs(demo.users.admin);
    const response = await post('{}', { 'content-length': String(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'INVALID_INPUT', message: '提交的内容过大（最多 1 MB）。' });
  });

  it('counts the bytes of a body sent without a length, and stops at the limit', async () => {
    signInAs(demo.users.admin);
    const response = await post(streamOf(3 * 1024 * 1024));
    expect(response.status).toBe(413);
  });

  it('applies the text rule to JSON bodies', async () => {
    signInAs(demo.users.admin);
    const response = await post(JSON.stringify({ name: 'a\u0000b' }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ fieldErrors: { name: ['不能包含控制字符（如 NUL）。'] } });
  });

  it('passes clean input through, normalised', async () => {
    signInAs(demo.users.admin);
    const response = await post(JSON.stringify({ name: 'Cafe\u0301' }));
    expect(await response.json()).toEqual({ ok: true, data: { name: 'Caf\u00e9' } });
  });
});
