// The request id through the guarded path: a route handler answers with the request's id (the
// incoming one when plain, else a new one), the audit event it writes carries the same id outside
// its hashed content, and an unexpected failure is logged with it.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { getAuditSecret } from '@/lib/env';
import { getDb } from '@/lib/server/db';
import { getLogger } from '@/lib/server/logger';
import { route } from '@/lib/server/route';
import { computeKeyedHash } from '@/modules/audit/rules';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const handler = route({
  schema: z.object({ label: z.string().max(50), fail: z.boolean().optional() }),
  permission: 'campaign.read',
  run: async ({ audit }, input) => {
    if (input.fail) throw new Error('boom in the run');
    await audit({ action: 'test.requestId', entityType: 'Test', entityId: input.label });
    return input;
  },
});

const post = (body: object, headers: Record<string, string> = {}) =>
  handler(new Request('http://localhost/api/test', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }));

const eventOf = (label: string) =>
  getDb().auditEvent.findFirstOrThrow({
    where: { entityType: 'Test', entityId: label },
    select: { at: true, actorId: true, action: true, entityType: true, entityId: true, assessmentId: true, data: true, prevHash: true, hash: true, requestId: true },
  });

describe('the request id', () => {
  it('comes back on the response and is stored with the audit event, which verifies without it', async () => {
    signInAs(demo.users.admin);
    const label = `rid-kept-${Date.now()}`;
    const response = await post({ label }, { 'x-request-id': 'lb-0a1b2c3d' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lb-0a1b2c3d');
    const event = await eventOf(label);
    expect(event.requestId).toBe('lb-0a1b2c3d');
    // The keyed hash over the content alone: the id is beside the chain, not in it.
    expect(computeKeyedHash(getAuditSecret(), event.prevHash, event)).toBe(event.hash);
  });

  it('is made when the incoming one is missing or unsafe, the same on the response and the event', async () => {
    signInAs(demo.users.admin);
    for (const headers of [{}, { 'x-request-id': 'two words; and more' }] as Record<string, string>[]) {
      const label = `rid-made-${Date.now()}-${Object.keys(headers).length}`;
      const response = await post({ label }, headers);
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await eventOf(label)).requestId).toBe(id);
    }
  });

  it('is in the log line of an unexpected failure, which the answer does not show', async () => {
    signInAs(demo.users.admin);
    const error = vi.spyOn(getLogger(), 'error').mockImplementation(() => undefined);
    const response = await post({ label: 'fails', fail: true }, { 'x-request-id': 'rid-failure-1' });
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('boom');
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'rid-failure-1', permission: 'campaign.read', err: expect.objectContaining({ message: 'boom in the run' }) }), 'unexpected error in a guarded call');
  });
});
