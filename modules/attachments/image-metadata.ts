// Where and when a photo was taken, read from its metadata, and a copy of the photo without that
// metadata: the stored evidence must not reveal a household's position to whoever can download
// it, while the position and time are kept as fields on the attachment for the assessors.
// Pure byte surgery on the container (JPEG segments, PNG, WebP and GIF chunks): the image data is
// never re-encoded. Position and time are read from JPEG and PNG; WebP and GIF lose their metadata.
import exifr from 'exifr';
import { parseLocalDateTime } from '@/lib/local-time';

export type StrippedImage = { bytes: Uint8Array; latitude: number | null; longitude: number | null; takenAt: Date | null };

/** A photo whose container cannot be walked; its metadata cannot be removed safely. */
export class UnreadableImageError extends Error {
  constructor(kind: string) {
    super(`unreadable ${kind}`);
    this.name = 'UnreadableImageError';
  }
}

type RawTags = Record<string, unknown>;

// EXIF times carry no zone unless OffsetTime* is present; without it they are the camera's wall
// clock, and the photos are taken where the assessment is: read them in the assessment's zone.
function exifTime(value: unknown, offset: unknown): Date | null {
  const match = typeof value === 'string' ? /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value) : null;
  if (!match) return null;
  const wallClock = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`;
  if (typeof offset !== 'string' || !/^[+-]\d{2}:\d{2}$/.test(offset)) return parseLocalDateTime(wallClock);
  const date = new Date(`${wallClock}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function gpsTime(tags: RawTags): Date | null {
  const [h, m, s] = Array.isArray(tags.GPSTimeStamp) ? (tags.GPSTimeStamp as number[]) : [];
  if (typeof tags.GPSDateStamp !== 'string' || h === undefined) return null;
  const pad = (n: number | undefined) => String(Math.floor(n ?? 0)).padStart(2, '0');
  return exifTime(`${tags.GPSDateStamp} ${pad(h)}:${pad(m)}:${pad(s)}`, '+00:00');
}

const coordinate = (value: unknown, limit: number) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : null;

async function readFacts(bytes: Uint8Array) {
  const tags: RawTags = (await exifr
    .parse(bytes, { tiff: true, exif: true, gps: true, xmp: false, icc: false, iptc: false, jfif: false, ihdr: false, reviveValues: false, translateValues: false })
    .catch(() => undefined)) ?? {};
  return {
    latitude: coordinate(tags.latitude, 90),
    longitude: coordinate(tags.longitude, 180),
    takenAt: exifTime(tags.DateTimeOriginal, tags.OffsetTimeOriginal) ?? exifTime(tags.CreateDate, tags.OffsetTimeDigitized) ?? gpsTime(tags),
    orientation: typeof tags.Orientation === 'number' ? tags.Orientation : 1,
  };
}

const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const startsWithText = (b: Uint8Array, at: number, text: string) => [...text].every((c, i) => b[at + i] === c.charCodeAt(0));

/**
 * Phones rotate by an EXIF tag instead of turning the pixels; without it the photo would show
 * sideways. The replacement APP1 holds that one tag and nothing else.
 */
function orientationSegment(orientation: number): Uint8Array {
  const tiff = [0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  return new Uint8Array([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload]);
}

/** Segments that may hold a position: APP1 (EXIF, XMP), APP13 (IPTC place names), APP2 MPF (indexes trailing images). */
function dropsSegment(b: Uint8Array, at: number, marker: number): boolean {
  return marker === 0xe1 || marker === 0xed || (marker === 0xe2 && startsWithText(b, at + 4, 'MPF\0'));
}

function stripJpeg(b: Uint8Array, orientation: number): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let inserted = orientation === 1;
  let at = 2;
  while (at + 1 < b.length) {
    if (b[at] !== 0xff) throw new UnreadableImageError('JPEG');
    const marker = b[at + 1]!;
    if (marker === 0xff) { at += 1; continue; } // fill byte
    if (marker === 0xd9) { parts.push(b.subarray(at, at + 2)); break; } // end of image; trailing images are dropped
    if (!inserted && marker !== 0xe0) { parts.push(orientationSegment(orientation)); inserted = true; }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { parts.push(b.subarray(at, at + 2)); at += 2; continue; }
    const end = at + 2 + u16(b, at + 2);
    if (end > b.length) throw new UnreadableImageError('JPEG');
    if (!dropsSegment(b, at, marker)) parts.push(b.subarray(at, end));
    at = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0x00, a restart or a fill byte.
      let next = at;
      while (next + 1 < b.length && !(b[next] === 0xff && b[next + 1] !== 0 && b[next + 1] !== 0xff && (b[next + 1]! < 0xd0 || b[next + 1]! > 0xd7))) next += 1;
      parts.push(b.subarray(at, next));
      at = next;
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}

const PNG_METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt']);

function stripPng(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 8;
  for (;;) {
    if (at + 12 > b.length) throw new UnreadableImageError('PNG');
    const end = at + 12 + view.getUint32(at);
    const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
    if (end > b.length) throw new UnreadableImageError('PNG');
    if (!PNG_METADATA_CHUNKS.has(type)) parts.push(b.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return new Uint8Array(Buffer.concat(parts));
}

const u32le = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
// VP8X flag bits announcing the chunks removed below.
const WEBP_EXIF_FLAG = 0x08;
const WEBP_XMP_FLAG = 0x04;

function stripWebp(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 12;
  while (at < b.length) {
    if (at + 8 > b.length) throw new UnreadableImageError('WebP');
    const type = String.fromCharCode(...b.subarray(at, at + 4));
    const end = at + 8 + u32le(b, at + 4) + (u32le(b, at + 4) % 2);
    if (end > b.length + 1) throw new UnreadableImageError('WebP');
    const chunk = b.slice(at, Math.min(end, b.length));
    if (type === 'VP8X') chunk[8] = chunk[8]! & ~(WEBP_EXIF_FLAG | WEBP_XMP_FLAG);
    if (type !== 'EXIF' && type !== 'XMP ') parts.push(chunk);
    at = end;
  }
  const body = Buffer.concat(parts);
  const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  return new Uint8Array(Buffer.concat([header, body]));
}

/** Sub-blocks of a GIF extension or image run to a zero-length block; returns the index after it. */
function skipSubBlocks(b: Uint8Array, at: number): number {
  while (at < b.length && b[at] !== 0) at += b[at]! + 1;
  if (at >= b.length) throw new UnreadableImageError('GIF');
  return at + 1;
}

// Application extensions that only say how to loop an animation; any other (XMP among them) goes.
const GIF_LOOP_EXTENSIONS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

function stripGif(b: Uint8Array): Uint8Array {
  const colourTable = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let at = 13 + colourTable(b[10] ?? 0);
  const parts: Uint8Array[] = [b.subarray(0, at)];
  for (;;) {
    const start = at;
    const introducer = b[at];
    if (introducer === 0x3b) { parts.push(b.subarray(at, at + 1)); break; } // trailer
    if (introducer === 0x21) {
      const label = b[at + 1];
      const application = label === 0xff ? String.fromCharCode(...b.subarray(at + 3, at + 14)) : '';
      at = skipSubBlocks(b, at + 2);
      if (label !== 0xfe && (label !== 0xff || GIF_LOOP_EXTENSIONS.has(application))) parts.push(b.subarray(start, at));
    } else if (introducer === 0x2c) {
      at = skipSubBlocks(b, at + 10 + colourTable(b[at + 9] ?? 0) + 1);
      parts.push(b.subarray(start, at));
    } else {
      throw new UnreadableImageError('GIF');
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * The position and capture time of a JPEG or PNG, and a copy of any accepted image without
 * location metadata. Other types come back unchanged.
 */
export async function stripImageLocation(bytes: Uint8Array, mimeType: string): Promise<StrippedImage> {
  const none = { latitude: null, longitude: null, takenAt: null };
  if (mimeType === 'image/webp') return { bytes: stripWebp(bytes), ...none };
  if (mimeType === 'image/gif') return { bytes: stripGif(bytes), ...none };
  if (mimeType !== 'image/jpeg' && mimeType !== 'image/png') return { bytes: bytes.slice(), ...none };
  const { orientation, ...facts } = await readFacts(bytes);
  const stripped = mimeType === 'image/jpeg' ? stripJpeg(bytes, orientation >= 2 && orientation <= 8 ? orientation : 1) : stripPng(bytes);
  return { bytes: stripped, ...facts };
}
