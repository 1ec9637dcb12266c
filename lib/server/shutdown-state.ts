// Whether this server process is stopping, for /api/ready: it answers 503 from the moment the
// process is told to stop, so that a load balancer sends it nothing new while the requests in
// flight finish. Held on globalThis: Next loads instrumentation.ts and the route in separate bundles.

/** What scripts/start.mjs sends over the IPC channel when it stops the server after a drain delay. */
export const STOPPING_MESSAGE = 'assessment:stopping';

const state = globalThis as unknown as { appStoppingSince?: Date; appStopHooks?: (() => unknown)[] };

/** Work to do once when the process is told to stop (while the requests in flight finish). */
export function onStopping(hook: () => unknown): void {
  (state.appStopHooks ??= []).push(hook);
}

export function markStopping(): void {
  if (state.appStoppingSince) return;
  state.appStoppingSince = new Date();
  for (const hook of state.appStopHooks ?? []) void Promise.resolve().then(hook).catch(() => {});
}

export function isStopping(): boolean {
  return state.appStoppingSince !== undefined;
}

/**
 * Marks the process as stopping on SIGTERM or SIGINT, and on the start script's message. The
 * signals are only watched beside a handler that stops the server (next start registers its own
 * before it loads the app): a listener on its own would keep the process from ending.
 */
export function watchForShutdown(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    if (process.listenerCount(signal) > 0) process.once(signal, markStopping);
  }
  process.on('message', (message) => {
    if (message === STOPPING_MESSAGE) markStopping();
  });
}
