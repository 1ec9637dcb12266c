// /api/ready's answer: whether this replica can serve a request now, and which part cannot.
import { getLogger } from '@/lib/server/logger';
import { PROBE_TIMEOUT_MS, probeDatabase, probeQueue, probeStorage } from '@/lib/server/readiness-probes';
import { isStopping } from '@/lib/server/shutdown-state';

export type Probe = () => Promise<void>;
export type PartState = 'ok' | 'failed' | 'timeout';
export type Readiness =
  | { status: 'ready' | 'not ready'; checks: Record<string, PartState> }
  | { status: 'stopping' };

export const PROBES: Record<string, Probe> = { database: probeDatabase, storage: probeStorage, queue: probeQueue };

async function run(part: string, probe: Probe, timeoutMs: number): Promise<PartState> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  try {
    const state = await Promise.race([probe().then(() => 'ok' as const), timedOut]);
    if (state === 'timeout') getLogger().warn({ component: 'readiness', part, timeoutMs }, 'readiness probe timed out');
    return state;
  } catch (error) {
    // The reason goes to the log only: the answer is public.
    getLogger().warn({ component: 'readiness', part, err: error }, 'readiness probe failed');
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}

/** Every probe at once, each within `timeoutMs`; nothing is probed while the process is stopping. */
export async function checkReadiness(probes: Record<string, Probe> = PROBES, timeoutMs = PROBE_TIMEOUT_MS): Promise<Readiness> {
  if (isStopping()) return { status: 'stopping' };
  const parts = Object.entries(probes);
  const states = await Promise.all(parts.map(([part, probe]) => run(part, probe, timeoutMs)));
  const checks = Object.fromEntries(parts.map(([part], i) => [part, states[i]!]));
  return { status: states.every((s) => s === 'ok') ? 'ready' : 'not ready', checks };
}
