export const EMBEDDED_SERVER_FOLDER: string;
export const PASSWORD_FILE: string;
export function findFreePort(): Promise<number>;
export function openEmbeddedDatabase(options: {
  dataDir: string;
  flags?: string[];
  stopOnSignal?: boolean;
}): Promise<{ url: string; stop: () => Promise<void>; attached: boolean; exited?: Promise<void> }>;
export function openTemporaryEmbeddedDatabase(): Promise<{ url: string; stop: () => Promise<void> }>;
export function assertLocalDatabase(url: string): void;
export function createScratchDatabase(serverUrl: string, name: string): Promise<{ url: string; drop: () => Promise<void> }>;
export function isAlive(pid: number): boolean;
export function onServer<T = Record<string, unknown>>(url: string, sql: string, values?: unknown[]): Promise<T[]>;
