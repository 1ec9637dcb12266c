// A real S3-compatible server for tests and local clusters: s3rver (the S3 REST API over a folder,
// SigV4 signatures checked) in a process of its own on a free port of 127.0.0.1, with one bucket
// and a key pair made for it. Why this server, and what it does not do:
// docs/decisions/026-object-storage.md.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const PROCESS = fileURLToPath(new URL('./s3-test-server-process.mjs', import.meta.url));
const BUCKET = 'evidence';
const REGION = 'us-east-1';
const START_MS = 30_000;

function waitForPort(child) {
  return new Promise((resolve, reject) => {
    const late = setTimeout(() => fail(new Error(`the S3 test server did not start within ${START_MS / 1000} s`)), START_MS);
    const fail = (error) => {
      clearTimeout(late);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('message', ({ port }) => {
      clearTimeout(late);
      child.off('exit', exited);
      resolve(port);
    });
    const exited = (code, signal) => fail(new Error(`the S3 test server stopped while starting (${signal ?? code})`));
    child.once('exit', exited);
  });
}

/**
 * Starts the server, keeping its objects in `dataDir`. `env` holds what the app needs to use it
 * (STORAGE=s3 and the S3_* variables); `stop()` ends the server (the objects stay in `dataDir`).
 */
export async function startS3TestServer({ dataDir }) {
  await mkdir(dataDir, { recursive: true });
  const accessKeyId = `TEST${randomBytes(8).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(24).toString('base64url');
  const child = fork(PROCESS, [], {
    execArgv: ['--openssl-legacy-provider'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, S3_TEST_DIR: dataDir, S3_TEST_BUCKET: BUCKET, S3_TEST_ACCESS_KEY_ID: accessKeyId, S3_TEST_SECRET_ACCESS_KEY: secretAccessKey },
  });
  const endpoint = `http://127.0.0.1:${await waitForPort(child)}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    endpoint,
    region: REGION,
    bucket: BUCKET,
    accessKeyId,
    secretAccessKey,
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: REGION,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
      S3_FORCE_PATH_STYLE: '1',
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
