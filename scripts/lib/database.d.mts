export function findFreePort(): Promise<number>;
export function startEmbeddedPostgres(options: { dir: string; port?: number }): Promise<{ url: string; stop: () => Promise<void> }>;
export function assertLocalDatabase(url: string): void;
export function createScratchDatabase(serverUrl: string, name: string): Promise<{ url: string; drop: () => Promise<void> }>;
