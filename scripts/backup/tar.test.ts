import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { END_OF_ARCHIVE, padding, readTar, tarHeader, type TarEntry } from '@/scripts/backup/tar';

function archiveOf(files: Record<string, Buffer>): Buffer {
  return Buffer.concat([
    ...Object.entries(files).flatMap(([name, bytes]) => [tarHeader(name, bytes.length), bytes, padding(bytes.length)]),
    END_OF_ARCHIVE,
  ]);
}

async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(entries: AsyncGenerator<TarEntry>, skip: string[] = []): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for await (const entry of entries) {
    if (skip.includes(entry.name)) continue;
    const pieces: Buffer[] = [];
    for await (const piece of entry.body) pieces.push(piece);
    files[entry.name] = Buffer.concat(pieces).toString('utf8');
  }
  return files;
}

const LONG_NAME = `audit-checkpoints/${'year-2026/'.repeat(9)}checkpoints.jsonl`;
const FILES = { 'database/Region.ndjson': Buffer.from('{"id":"a","name":"肇庆市"}\n'), [LONG_NAME]: Buffer.from('x'.repeat(1500)), 'uploads/empty': Buffer.alloc(0) };

describe('tar archives', () => {
  it('reads back what it wrote, whatever the chunk sizes, including names longer than 100 bytes', async () => {
    expect(LONG_NAME.length).toBeGreaterThan(100);
    const expected = Object.fromEntries(Object.entries(FILES).map(([name, bytes]) => [name, bytes.toString('utf8')]));
    for (const size of [1, 7, 512, 100_000]) expect(await readAll(readTar(inPieces(archiveOf(FILES), size)))).toEqual(expected);
  });

  it('skips the unread rest of an entry the reader leaves early', async () => {
    const files = await readAll(readTar(inPieces(archiveOf(FILES), 300)), [LONG_NAME]);
    expect(Object.keys(files)).toEqual(['database/Region.ndjson', 'uploads/empty']);
  });

  it('is read by the system tar as well', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    writeFileSync(path.join(dir, 'a.tar'), archiveOf(FILES));
    execFileSync('tar', ['-xf', 'a.tar'], { cwd: dir });
    expect(readFileSync(path.join(dir, LONG_NAME), 'utf8')).toBe('x'.repeat(1500));
  });

  it('refuses a damaged header, a truncated file and links', async () => {
    const damaged = archiveOf(FILES);
    damaged[3] = 0x41;
    await expect(readAll(readTar(inPieces(damaged, 512)))).rejects.toThrow(/damaged \(checksum\)/);
    const whole = archiveOf(FILES);
    await expect(readAll(readTar(inPieces(whole.subarray(0, 700), 512)))).rejects.toThrow(/truncated/);
    // A symbolic link, as the system tar writes it.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tar-test-'));
    symlinkSync('/etc/passwd', path.join(dir, 'link'));
    const linked = execFileSync('tar', ['--format=ustar', '-cf', '-', 'link'], { cwd: dir });
    await expect(readAll(readTar(inPieces(linked, 512)))).rejects.toThrow(/other than regular files/);
  });
});
