// The traffic side of the cluster report: answers per replica (as the client saw X-Served-By, and as
// HAProxy counted), operations with their latency, and the failures, split into those in flight
// while a replica stopped and the others. And the watch over a replica's graceful stop.
import { percentile } from '../load/demo-pages.mjs';
import { statusOf } from './app-replica.mjs';
import { refusesConnections } from '../lib/serving-checks.mjs';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Sends SIGTERM to `replica` and notes, from then on, when its /api/ready first answered 503, when
 * HAProxy took it out, when its port closed and when `npm start` exited (and with which code).
 */
export async function watchGracefulStop(replica, balancer) {
  const at = { term: Date.now() };
  const exited = replica.stop('SIGTERM').then((code) => {
    at.exit = Date.now();
    at.code = code;
  });
  while (at.exit === undefined) {
    const now = Date.now();
    if (!at.notReady && (await statusOf(`${replica.url}/api/ready`)) === 503) at.notReady = now;
    if (!at.out && (await balancer.stats()).find((s) => s.name === replica.name)?.status.startsWith('DOWN')) at.out = now;
    if (!at.closed && (await refusesConnections(replica.port))) at.closed = now;
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  at.closed ??= at.exit;
  return at;
}

/** What the stop looked like from outside: its steps, and what the replica answered while draining and once back. */
export function describeStop(name, at, drainSeconds, answers, backAt) {
  const after = (t) => (t ? `+${seconds(t - at.term)}` : 'not seen');
  const own = answers.filter((a) => a.servedBy === name);
  const draining = own.filter((a) => a.at >= at.term && a.at <= at.closed);
  return [
    `${name} stopped with SIGTERM (SHUTDOWN_DELAY_SECONDS=${drainSeconds}): /api/ready 503 at ${after(at.notReady)}, out of HAProxy at ${after(at.out)}, ` +
      `port closed at ${after(at.closed)}, npm start exited ${at.code} at ${after(at.exit)}`,
    `${name} answered ${draining.length} requests after its SIGTERM (the last at ${after(draining.at(-1)?.at)}), and ${own.filter((a) => a.at >= backAt).length} once started again`,
  ];
}

/** Failures are "at the stop" when the operation was under way between the SIGTERM and the port closing. */
export function summarizeTraffic({ answers, operations }, stopAt, lbStats, names) {
  const lines = [];
  const by = (name) => answers.filter((a) => a.servedBy === name).length;
  const counted = Object.fromEntries(lbStats.map((s) => [s.name, s]));
  for (const name of names) {
    const lb = counted[name];
    lines.push(`${name}: ${by(name)} answers to the load's clients; HAProxy passed on ${lb?.responses ?? '?'} in all (server errors ${lb?.errors ?? '?'}, retried elsewhere ${lb?.redispatches ?? '?'})`);
  }
  const fromBalancer = answers.filter((a) => !a.servedBy).length;
  lines.push(`total: ${answers.length} answers to the load's clients, ${fromBalancer} of them made by HAProxy itself (e.g. 503 with no server up)`);
  lines.push(`  (HAProxy's count also holds the script files read to learn the action ids and the checks that follow the load)`);
  for (const kind of ['page', 'write', 'upload']) {
    const ops = operations.filter((o) => o.kind === kind);
    const times = ops.map((o) => o.ended - o.started).sort((a, b) => a - b);
    lines.push(`${kind.padEnd(6)} ${String(ops.length).padStart(5)} operations, ${ops.filter((o) => o.error).length} failed, p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms`);
  }
  const failed = operations.filter((o) => o.error);
  const atStop = failed.filter((o) => o.started < stopAt.closed && o.ended > stopAt.term);
  const others = failed.filter((o) => !atStop.includes(o));
  lines.push(`failed operations in flight while the replica stopped: ${atStop.length}`);
  lines.push(`failed operations otherwise: ${others.length}`);
  for (const o of [...atStop, ...others].slice(0, 10)) lines.push(`  ✗ ${o.kind}: ${o.error}`);
  return { lines, problems: others.length ? [`${others.length} operations failed outside the stop`] : [] };
}
