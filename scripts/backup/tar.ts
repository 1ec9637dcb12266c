// A minimal ustar writer and reader for backup archives: regular files only, written and read
// as streams, so neither side holds a whole table or file in memory. Node has no tar of its own
// and users' machines may have no `tar` command.
const BLOCK = 512;
const MAX_NAME = 100;
const MAX_PREFIX = 155;

/** Thrown for anything that is not a well-formed archive of regular files. */
export class ArchiveError extends Error {}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= MAX_NAME) return { prefix: '', base: name };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const base = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= MAX_PREFIX && Buffer.byteLength(base) <= MAX_NAME) return { prefix, base };
  }
  throw new ArchiveError(`file name too long for the archive: ${name}`);
}

function checksum(header: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum;
}

export function tarHeader(name: string, size: number, mtime = new Date()): Buffer {
  const header = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  header.write(base, 0);
  header.write(octal(0o600, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(size, 12), 124);
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136);
  header.write('0', 156);
  header.write('ustar\0' + '00', 257);
  header.write(prefix, 345);
  header.write(octal(checksum(header), 7) + ' ', 148);
  return header;
}

export const padding = (size: number): Buffer => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
export const END_OF_ARCHIVE = Buffer.alloc(BLOCK * 2);

/** Exact-length reads from a stream of chunks. */
class ByteReader {
  private pending: Buffer = Buffer.alloc(0);
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Up to `max` bytes (at least one), or null at the end of the stream. */
  async readSome(max: number): Promise<Buffer | null> {
    if (this.pending.length === 0) {
      const next = await this.source.next();
      if (next.done) return null;
      this.pending = next.value;
    }
    const piece = this.pending.subarray(0, max);
    this.pending = this.pending.subarray(piece.length);
    return piece;
  }

  async readExactly(size: number): Promise<Buffer> {
    const pieces: Buffer[] = [];
    let got = 0;
    while (got < size) {
      const piece = await this.readSome(size - got);
      if (!piece) throw new ArchiveError('the archive ends in the middle of a file (truncated)');
      pieces.push(piece);
      got += piece.length;
    }
    return Buffer.concat(pieces);
  }
}

export type TarEntry = { name: string; size: number; body: AsyncGenerator<Buffer> };

function parseHeader(header: Buffer): { name: string; size: number } {
  const text = (start: number, length: number) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  if (text(257, 5) !== 'ustar') throw new ArchiveError('not a backup archive (no tar header where one was expected)');
  if (parseInt(text(148, 8).trim(), 8) !== checksum(header)) throw new ArchiveError('a file header in the archive is damaged (checksum)');
  const type = text(156, 1);
  if (type !== '0' && type !== '') throw new ArchiveError('the archive holds something other than regular files');
  const prefix = text(345, MAX_PREFIX);
  const name = prefix ? `${prefix}/${text(0, MAX_NAME)}` : text(0, MAX_NAME);
  const size = parseInt(text(124, 12).trim(), 8);
  if (!Number.isSafeInteger(size) || size < 0) throw new ArchiveError(`bad size in the header of ${name}`);
  return { name, size };
}

/** The files of a tar stream in order; each entry's body must be read to its end before the next. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (;;) {
    const header = await reader.readExactly(BLOCK);
    if (header.every((byte) => byte === 0)) return;
    const { name, size } = parseHeader(header);
    let remaining = size;
    async function* body(): AsyncGenerator<Buffer> {
      while (remaining > 0) {
        const piece = await reader.readSome(Math.min(remaining, 1 << 16));
        if (!piece) throw new ArchiveError('the archive ends in the middle of a file (truncated)');
        remaining -= piece.length;
        yield piece;
      }
    }
    yield { name, size, body: body() };
    // Whatever the consumer left unread is skipped.
    while (remaining > 0) {
      const piece = await reader.readSome(remaining);
      if (!piece) throw new ArchiveError('the archive ends in the middle of a file (truncated)');
      remaining -= piece.length;
    }
    await reader.readExactly(padding(size).length);
  }
}
