// How far behind a replica may be, in time. The primary's WAL position is sampled at each check; a
// replica is within the bound when it has replayed the position the primary had `maxLagMs` ago.
// Comparing positions (not the time of the last replayed commit) keeps an idle primary from making
// a caught-up replica look old.

/** How often each app process checks its replicas. */
export const CHECK_SECONDS = 2;

/**
 * How long a browser's lag-tolerant reads stay on the primary after its write: long enough that any
 * replica still in use has replayed the write. A replica judged at a check had replayed a position
 * sampled at most max lag + one interval before that check, and serves until the next check, one
 * interval later.
 */
export function readYourWritesSeconds(maxLagSeconds: number): number {
  return maxLagSeconds + 2 * CHECK_SECONDS;
}

export class LagWatch {
  private samples: { at: number; lsn: string }[] = [];

  constructor(private readonly maxLagMs: number) {}

  add(at: number, lsn: unknown): void {
    if (typeof lsn !== 'string' || !/^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/.test(lsn)) throw new Error(`not a WAL position: ${String(lsn)}`);
    this.samples.push({ at, lsn });
    // Keep the newest sample that is old enough, and every younger one.
    const cutoff = at - this.maxLagMs;
    while (this.samples.length > 1 && this.samples[1]!.at <= cutoff) this.samples.shift();
  }

  /**
   * The position the replica must have replayed: the newest sample at least `maxLagMs` old, or,
   * before any is that old, the oldest one (younger, so it asks for at least as much). Null before
   * the first sample.
   */
  target(): string | null {
    return this.samples[0]?.lsn ?? null;
  }
}
