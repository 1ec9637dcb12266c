// Reading a backup archive, and the first pass of every restore: the whole archive is read and
// checked against its manifest (gzip checksum, tar headers, entry names, SHA-256 and row count of
// every entry) before anything is written anywhere.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { isDataFileEntry, MANIFEST_NAME, TABLE_PREFIX, ZManifest, type Manifest } from '@/scripts/backup/manifest';
import { ArchiveError, readTar, type TarEntry } from '@/scripts/backup/tar';

/** The uncompressed bytes; a damaged or truncated gzip stream becomes an ArchiveError. */
async function* decompress(file: string): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  createReadStream(file)
    .on('error', (error) => gunzip.destroy(error))
    .pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_')) throw new ArchiveError(`the archive is damaged or truncated (${(error as Error).message})`);
    throw error;
  } finally {
    gunzip.destroy();
  }
}

export const readArchive = (file: string): AsyncGenerator<TarEntry> => readTar(decompress(file));

export async function readWhole(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of body) pieces.push(piece);
  return Buffer.concat(pieces);
}

function parseManifest(bytes: Buffer): Manifest {
  try {
    return ZManifest.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new ArchiveError('manifest.json is not a manifest of this application’s backups');
  }
}

type Seen = { sha256: string; lines: number };

function compareWithManifest(manifest: Manifest, seen: Map<string, Seen>): void {
  const expected = new Map<string, { sha256: string; lines?: number }>([
    ...manifest.tables.map((table) => [table.entry, { sha256: table.sha256, lines: table.rows }] as const),
    ...Object.entries(manifest.files).map(([entry, sha256]) => [entry, { sha256 }] as const),
  ]);
  for (const [entry, want] of expected) {
    const got = seen.get(entry);
    if (!got) throw new ArchiveError(`${entry} is listed in the manifest but missing from the archive`);
    if (got.sha256 !== want.sha256) throw new ArchiveError(`${entry} does not match its SHA-256 in the manifest (damaged)`);
    if (want.lines !== undefined && got.lines !== want.lines) throw new ArchiveError(`${entry} holds ${got.lines} rows, the manifest says ${want.lines}`);
  }
  for (const entry of seen.keys()) if (!expected.has(entry)) throw new ArchiveError(`${entry} is in the archive but not in its manifest`);
}

/** Reads the whole archive once; returns its manifest when every entry checks out. */
export async function verifyArchive(file: string): Promise<Manifest> {
  const seen = new Map<string, Seen>();
  let manifest: Manifest | undefined;
  for await (const entry of readArchive(file)) {
    if (manifest) throw new ArchiveError('the archive continues after its manifest');
    if (entry.name === MANIFEST_NAME) {
      manifest = parseManifest(await readWhole(entry.body));
      continue;
    }
    if (seen.has(entry.name)) throw new ArchiveError(`${entry.name} appears twice in the archive`);
    if (!entry.name.startsWith(TABLE_PREFIX) && !isDataFileEntry(entry.name)) throw new ArchiveError(`unexpected entry ${entry.name}`);
    const hash = createHash('sha256');
    let lines = 0;
    for await (const piece of entry.body) {
      hash.update(piece);
      for (let i = piece.indexOf(10); i !== -1; i = piece.indexOf(10, i + 1)) lines++;
    }
    seen.set(entry.name, { sha256: hash.digest('hex'), lines });
  }
  if (!manifest) throw new ArchiveError('the archive has no manifest.json (incomplete or not a backup)');
  compareWithManifest(manifest, seen);
  return manifest;
}
