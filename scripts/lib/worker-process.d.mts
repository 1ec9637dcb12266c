export function startWorker(env: NodeJS.ProcessEnv, options?: { log?: (message: string) => void }): { stop: () => Promise<void> };
