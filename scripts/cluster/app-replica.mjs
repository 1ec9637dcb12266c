// One app replica of the local cluster, started as a deployment starts one: `npm start`
// (scripts/start.mjs) with DATABASE_URL set, which checks the migrations, serves the build as the
// app's database role, runs a worker beside it, and on SIGTERM first answers /api/ready with 503
// for SHUTDOWN_DELAY_SECONDS. Each replica has a data folder of its own (its pid file); the output of
// each start goes to a log file there.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

const READY_MS = 180_000;

/**
 * Starts the replica and resolves once it answers /api/ready with 200 and its worker is ready.
 * `stop(signal)` resolves with its exit code: SIGTERM drains first, SIGINT does not.
 */
export async function startAppReplica({ name, port, dataDir, env }) {
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, `output-${Date.now()}.log`);
  const log = openSync(logFile, 'a');
  // Its own process group: a Ctrl+C in the terminal reaches only the cluster script, which stops it.
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...env, PORT: String(port), DATA_DIR: dataDir },
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const output = () => readFileSync(logFile, 'utf8');
  const deadline = Date.now() + READY_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output().slice(-3000)}`);
    if ((await statusOf(`${url}/api/ready`)) === 200 && output().includes('"worker ready"')) break;
    if (Date.now() > deadline) throw new Error(`${name} not ready within ${READY_MS / 1000} s:\n${output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    name,
    port,
    url,
    pid: child.pid,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** The status of a GET (its body read and dropped), or 0 when nothing answered. */
export async function statusOf(url) {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
