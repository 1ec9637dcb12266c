// The parts of the cluster run that a deployment does once: the secrets every replica shares, the
// release step (migrations, the app's role, the demo data), one build; the environment of a replica;
// and checks of the whole: every port on loopback, the audit chain intact with its checkpoints.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ROLE } from '../lib/app-role.mjs';
import { computeSourceHash } from '../lib/source-hash.mjs';

/** Equal on every replica (docs/deployment.md); APP_BUILD_ID follows from the build. */
export function clusterSecrets() {
  return {
    NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
    AUDIT_SECRET: randomBytes(32).toString('hex'),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    APP_DATABASE_PASSWORD: randomBytes(24).toString('hex'),
  };
}

/** The caller's environment without any database, storage or app setting that would point elsewhere. */
function baseEnv() {
  const kept = Object.entries(process.env).filter(([name]) => !/^(DATABASE_|APP_|S3_|STORAGE$|DATA_DIR$|PORT$|HOST$|NEXTAUTH_)/.test(name));
  return { ...Object.fromEntries(kept), NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
}

/** Runs a Node script with its output kept; rejects with the output when it fails. */
function exec(args, env) {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(Object.assign(new Error(`${args.join(' ')} exited with ${code}\n${output}`), { output }))));
  });
}

/** The release step, once (`npm run release` as the database's owner), then the demo data as the app role. */
export async function release({ ownerUrl, secrets, s3, dataDir }) {
  await exec(['scripts/release.mjs'], { ...baseEnv(), DATABASE_URL: ownerUrl, APP_DATABASE_PASSWORD: secrets.APP_DATABASE_PASSWORD });
  const appUrl = Object.assign(new URL(ownerUrl), { username: APP_ROLE, password: secrets.APP_DATABASE_PASSWORD });
  await exec(['node_modules/.bin/tsx', 'seeds/seed.ts'], { ...baseEnv(), ...s3.env, DATABASE_URL: appUrl.toString(), AUDIT_SECRET: secrets.AUDIT_SECRET, DATA_DIR: dataDir });
}

/** `next build` unless .next holds the build of these sources (as `npm start` decides); returns its build id. */
export async function buildOnce(secrets, log) {
  const hashFile = path.join('.next', 'source-hash');
  const hash = computeSourceHash(process.cwd());
  if (existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash) log('the build in .next is current: both replicas serve it');
  else {
    log('building the application once for both replicas (a few minutes)…');
    await exec(['node_modules/.bin/next', 'build'], { ...baseEnv(), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secrets.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY });
    writeFileSync(hashFile, hash);
  }
  return readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
}

/** What every replica is started with: the same secrets and build, the primary, the standby, the bucket. */
export function replicaEnv({ pair, s3, secrets, balancerUrl, drainSeconds }) {
  const standby = new URL(pair.replicaUrl);
  return {
    ...baseEnv(),
    ...s3.env,
    ...secrets,
    // The owner: `npm start` checks the migrations with it, then serves as the app role (APP_DATABASE_PASSWORD).
    DATABASE_URL: pair.primaryUrl,
    // No user in it: the app logs in to the standby as it does to the primary.
    DATABASE_REPLICA_URL: `postgresql://${standby.host}`,
    NEXTAUTH_URL: balancerUrl,
    HOST: '127.0.0.1',
    SEED_DEMO: '0',
    DEMO_MODE: '1',
    SHUTDOWN_DELAY_SECONDS: String(drainSeconds),
    TRUSTED_PROXY_HOPS: '1',
    // Often enough that every worker queues sweeps and checks during the run.
    REMINDER_SWEEP_SECONDS: '10',
    AUDIT_VERIFY_SECONDS: '20',
    TALLY_COMPACT_SECONDS: '5',
  };
}

/** From /proc/net: whether every listening socket on `ports` is bound to 127.0.0.1 (or ::1). */
export function listensOnLoopbackOnly(ports) {
  const wanted = new Set(ports);
  const sockets = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, port] = local.split(':');
      if (state === '0A' && wanted.has(parseInt(port, 16))) sockets.push({ port: parseInt(port, 16), loopback: ['0100007F', '00000000000000000000000001000000'].includes(address) });
    }
  }
  const open = sockets.filter((s) => !s.loopback).map((s) => s.port);
  if (sockets.length === 0) return { line: 'listening addresses: not checked (no /proc/net)', problems: [] };
  return {
    line: `listening sockets on the cluster's ${wanted.size} ports: ${sockets.length}, on loopback: ${sockets.length - open.length}`,
    problems: open.length ? [`ports ${open.join(', ')} listen beyond loopback`] : [],
  };
}

/** How many workers came up, from the replicas' output (one per `npm start`). */
export function workerStarts(folders) {
  return folders
    .flatMap((folder) => readdirSync(folder).filter((f) => f.startsWith('output-')).map((f) => readFileSync(path.join(folder, f), 'utf8')))
    .reduce((n, text) => n + text.split('"worker ready"').length - 1, 0);
}

/** `npm run audit:verify` over the shared checkpoints that the seed and both replicas wrote. */
export async function auditChainIntact({ ownerUrl, secrets, dataDir }) {
  const env = { ...baseEnv(), DATABASE_URL: ownerUrl, AUDIT_SECRET: secrets.AUDIT_SECRET, DATA_DIR: dataDir };
  try {
    const output = await exec(['node_modules/.bin/tsx', 'scripts/audit.ts', 'verify'], env);
    return { lines: output.trim().split('\n').slice(-2), problems: [] };
  } catch (error) {
    return { lines: (error.output ?? error.message).trim().split('\n').slice(-4), problems: ['the audit chain does not verify'] };
  }
}
