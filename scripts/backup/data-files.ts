// The stored files a backup carries: everything under <DATA_DIR>/uploads and
// <DATA_DIR>/audit-checkpoints, named in the archive by their path below DATA_DIR.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DATA_FOLDERS, type DataFolder } from '@/scripts/backup/manifest';

/** DATA_DIR, as scripts/start.mjs resolves it. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR ?? '.data');
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export type DataFile = { entry: string; file: string };

/** Regular files of one data folder; `.tmp` files are still being written. */
export async function findDataFiles(dataDir: string, folder: DataFolder): Promise<DataFile[]> {
  const found: DataFile[] = [];
  for (const file of await listFiles(path.join(dataDir, folder))) {
    if (file.endsWith('.tmp')) continue;
    found.push({ entry: path.relative(dataDir, file).split(path.sep).join('/'), file });
  }
  return found.sort((a, b) => (a.entry < b.entry ? -1 : 1));
}

/** The data folders a restore would fill that already hold something. */
export async function findOccupiedDataFolders(dataDir: string): Promise<string[]> {
  const occupied: string[] = [];
  for (const folder of DATA_FOLDERS) {
    const entries = await readdir(path.join(dataDir, folder)).catch(() => []);
    if (entries.length > 0) occupied.push(path.join(dataDir, folder));
  }
  return occupied;
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
