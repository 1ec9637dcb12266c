import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadClock(file: string | undefined) {
  vi.resetModules();
  if (file === undefined) vi.stubEnv('TEST_CLOCK_FILE', undefined as unknown as string);
  else vi.stubEnv('TEST_CLOCK_FILE', file);
  return import('@/lib/server/clock');
}

describe('now', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the real time without a test clock', async () => {
    const { now } = await loadClock(undefined);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('runs ahead by the offset in the test clock file, re-read on every call', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clock-')), 'test-clock');
    const { now } = await loadClock(file);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000); // no file yet
    writeFileSync(file, String(3 * 86_400_000));
    expect(now().getTime() - Date.now()).toBeGreaterThan(3 * 86_400_000 - 1000);
    writeFileSync(file, 'not a number');
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
