// The `load` stage of scripts/test.mjs: the embedded default (a fresh embedded PostgreSQL server in a
// temporary folder, migrated and seeded with the demo like a first `npm start`) serves `next start`
// under scripts/load-mixed.mjs; any failed page load or write, or any cross-talk, fails the stage.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureAppRole } from '../lib/app-role.mjs';
import { findFreePort, openTemporaryEmbeddedDatabase } from '../lib/database.mjs';
import { runPrisma } from '../lib/run-prisma.mjs';
import { waitForHttp } from '../lib/wait-for-http.mjs';

const LOAD = { clients: '9', seconds: '20' };

/** @param {{ build: () => Promise<number>, npx: Function, run: Function, env: NodeJS.ProcessEnv }} runner */
export async function runLoadStage({ build, npx, run, env }) {
  const database = await openTemporaryEmbeddedDatabase();
  let server;
  try {
    await runPrisma(['migrate', 'deploy'], { env: { DATABASE_URL: database.url }, stdio: ['ignore', 'ignore', 'inherit'] });
    // As `npm start` serves: the app's own role, an audit key and a data folder of its own.
    const stageEnv = {
      ...env,
      DEMO_MODE: '1',
      DATABASE_URL: await ensureAppRole(database.url),
      AUDIT_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'assess-load-')),
    };
    const seeded = await npx('tsx', ['seeds/seed.ts'], stageEnv);
    if (seeded !== 0) return seeded;
    const built = await build();
    if (built !== 0) return built;

    const port = String(await findFreePort());
    const baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['node_modules/.bin/next', 'start', '-p', port, '-H', '127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...stageEnv, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString('hex') },
    });
    await waitForHttp(`${baseUrl}/login`);
    return await run(process.execPath, [
      'scripts/load-mixed.mjs',
      '--base-url', baseUrl,
      '--database-url', database.url,
      '--clients', LOAD.clients,
      '--seconds', LOAD.seconds,
    ]);
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('close', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await database.stop();
  }
}
