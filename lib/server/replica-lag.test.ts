import { describe, expect, it } from 'vitest';
import { LagWatch } from '@/lib/server/replica-lag';

describe('the position a replica must have replayed', () => {
  it('is the newest sample at least the bound old', () => {
    const watch = new LagWatch(30_000);
    watch.add(0, '0/100');
    watch.add(20_000, '0/200');
    watch.add(40_000, '0/300');
    expect(watch.target()).toBe('0/100');
    watch.add(50_000, '0/400');
    expect(watch.target()).toBe('0/200');
    watch.add(95_000, '1/0');
    expect(watch.target()).toBe('0/400');
  });

  it('is the oldest sample while none is that old, and none before the first', () => {
    const watch = new LagWatch(30_000);
    expect(watch.target()).toBeNull();
    watch.add(0, '0/100');
    expect(watch.target()).toBe('0/100');
    watch.add(10_000, '0/200');
    expect(watch.target()).toBe('0/100');
  });

  it('refuses anything that is not a WAL position (it is written into the check’s SQL)', () => {
    expect(() => new LagWatch(1_000).add(0, "0/1'; DROP TABLE x; --")).toThrow(/not a WAL position/);
    expect(() => new LagWatch(1_000).add(0, null)).toThrow(/not a WAL position/);
  });
});
