import { afterEach, describe, expect, it, vi } from 'vitest';

async function replicaUrls(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import('@/lib/env')).getReplicaUrls();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('DATABASE_REPLICA_URL', () => {
  it('lists the replicas; one named by its host alone logs in as DATABASE_URL’s user, to its database', async () => {
    const urls = await replicaUrls({
      DATABASE_URL: 'postgresql://assess_app:s%40cret@primary:5432/assess?sslmode=disable',
      DATABASE_REPLICA_URL: 'postgresql://replica-1:5433, postgresql://reader:pw@replica-2/other ,',
    });
    expect(urls).toEqual(['postgresql://assess_app:s%40cret@replica-1:5433/assess', 'postgresql://reader:pw@replica-2/other']);
  });

  it('is empty when unset', async () => {
    expect(await replicaUrls({ DATABASE_URL: 'postgresql://app@primary/assess', DATABASE_REPLICA_URL: '' })).toEqual([]);
  });

  it('refuses a value that is not a list of URLs', async () => {
    await expect(replicaUrls({ DATABASE_URL: 'postgresql://app@primary/assess', DATABASE_REPLICA_URL: 'replica-1:5432' })).rejects.toThrow(/comma-separated/);
  });
});
