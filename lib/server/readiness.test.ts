import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLogger } from '@/lib/server/logger';
import { checkReadiness, type Probe } from '@/lib/server/readiness';
import { markStopping } from '@/lib/server/shutdown-state';

const ok: Probe = async () => undefined;
const never: Probe = () => new Promise(() => undefined);

afterEach(() => {
  delete (globalThis as { appStoppingSince?: Date }).appStoppingSince;
  vi.restoreAllMocks();
});

describe('readiness', () => {
  it('is ready when every part answers', async () => {
    expect(await checkReadiness({ database: ok, storage: ok, queue: ok })).toEqual({ status: 'ready', checks: { database: 'ok', storage: 'ok', queue: 'ok' } });
  });

  it('names the part that failed or did not answer in time, and logs why without saying it', async () => {
    const warn = vi.spyOn(getLogger(), 'warn').mockImplementation(() => undefined);
    const readiness = await checkReadiness(
      { database: ok, storage: () => Promise.reject(new Error('EACCES: /srv/data/uploads')), queue: never },
      50,
    );
    expect(readiness).toEqual({ status: 'not ready', checks: { database: 'ok', storage: 'failed', queue: 'timeout' } });
    expect(JSON.stringify(readiness)).not.toContain('EACCES');
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ part: 'storage', err: expect.any(Error) }), 'readiness probe failed');
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ part: 'queue' }), 'readiness probe timed out');
  });

  it('answers stopping at once, probing nothing, once the process is told to stop', async () => {
    const probe = vi.fn(ok);
    markStopping();
    expect(await checkReadiness({ database: probe })).toEqual({ status: 'stopping' });
    expect(probe).not.toHaveBeenCalled();
  });
});
