// The database a backup or restore works on: DATABASE_URL when set, else the embedded server
// kept in the data folder (started for the command, or the running one attached to).
import { readFileSync } from 'node:fs';

type OpenEmbeddedDatabase = (options: { dataDir: string }) => Promise<{ url: string; stop: () => Promise<void> }>;

export async function openDatabase(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  // Looked up at run time: the embedded PostgreSQL server is provided by scripts/lib/database.mjs.
  const { openEmbeddedDatabase } = (await import('@/scripts/lib/database.mjs')) as unknown as { openEmbeddedDatabase?: OpenEmbeddedDatabase };
  if (!openEmbeddedDatabase) throw new Error('This version has no embedded database to back up: set DATABASE_URL.');
  return openEmbeddedDatabase({ dataDir });
}

export function readAppVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
