// The import worker (scripts/worker.mjs) as a child process of `npm start` and of the e2e stage of
// the test runner, with the same environment as the web server. If it stops unexpectedly it is
// started again after a pause (a job it had in hand is failed and cleaned up by its successor).
// It runs in its own process group, so that a terminal's Ctrl+C reaches only its parent, which
// stops it in order; an IPC channel tells it when the parent is gone, however that happened.
import { spawn } from 'node:child_process';

const RESTART_AFTER_MS = 3_000;
/** The worker finishes the job in hand (its queues wait up to 30 s); past this it is killed. */
const STOP_MS = 40_000;

export function startWorker(env, { log = console.log } = {}) {
  let child;
  let stopping = false;
  const launch = () => {
    child = spawn(process.execPath, ['scripts/worker.mjs'], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env, detached: true });
    child.on('close', (code) => {
      if (stopping) return;
      log(`import worker exited (${code}); starting it again in ${RESTART_AFTER_MS / 1000} s`);
      setTimeout(() => !stopping && launch(), RESTART_AFTER_MS);
    });
  };
  launch();
  return {
    stop: () =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const late = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
        child.once('close', () => {
          clearTimeout(late);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
