import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { jpegWithExif, PLAIN_JPEG, PLAIN_PNG, pngWithExif } from '@/modules/attachments/fixtures/exif-fixture';
import { cat, le16, le24, le32 } from '@/modules/attachments/fixtures/image-headers';
import { stripImageLocation, UnreadableImageError } from '@/modules/attachments/image-metadata';

const FENGKAI = { latitude: 23.44, longitude: 111.51, takenAt: '2019:02:18 10:30:00' };

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('stripImageLocation on a JPEG', () => {
  it('reads the position and the capture time (Guangdong time when the photo names no zone)', async () => {
    const result = await stripImageLocation(jpegWithExif(FENGKAI), 'image/jpeg');
    expect(result.latitude).toBeCloseTo(23.44, 5);
    expect(result.longitude).toBeCloseTo(111.51, 5);
    expect(result.takenAt?.toISOString()).toBe('2019-02-18T02:30:00.000Z');
  });

  it('honours the offset the camera recorded, and southern and western positions', async () => {
    const result = await stripImageLocation(jpegWithExif({ latitude: -33.5, longitude: -70.25, takenAt: '2019:02:18 10:30:00', offset: '-03:00' }), 'image/jpeg');
    expect(result.latitude).toBeCloseTo(-33.5, 5);
    expect(result.longitude).toBeCloseTo(-70.25, 5);
    expect(result.takenAt?.toISOString()).toBe('2019-02-18T13:30:00.000Z');
  });

  it('returns a copy without EXIF or XMP whose image data is byte for byte the original', async () => {
    const input = jpegWithExif(FENGKAI);
    const { bytes } = await stripImageLocation(input, 'image/jpeg');
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(text(bytes)).not.toContain('Exif');
    expect(text(bytes)).not.toContain('xmpmeta');
    expect(Buffer.from(bytes).equals(Buffer.from(PLAIN_JPEG))).toBe(true);
    expect(input.length).toBeGreaterThan(bytes.length); // the input is left alone
  });

  it('keeps the orientation alone, so a phone photo does not turn sideways', async () => {
    const { bytes } = await stripImageLocation(jpegWithExif({ ...FENGKAI, orientation: 6 }), 'image/jpeg');
    expect(await exifr.orientation(bytes)).toBe(6);
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(await exifr.parse(bytes, { translateValues: false })).toEqual({ Orientation: 6 });
  });

  it('drops images appended after the end of the main one (multi-picture files carry their own EXIF)', async () => {
    const trailing = jpegWithExif(FENGKAI);
    const input = new Uint8Array(Buffer.concat([jpegWithExif(FENGKAI), trailing]));
    const { bytes } = await stripImageLocation(input, 'image/jpeg');
    expect(Buffer.from(bytes).equals(Buffer.from(PLAIN_JPEG))).toBe(true);
  });

  it('passes a photo without metadata through unchanged, with no position or time', async () => {
    const result = await stripImageLocation(PLAIN_JPEG, 'image/jpeg');
    expect(result).toMatchObject({ latitude: null, longitude: null, takenAt: null });
    expect(Buffer.from(result.bytes).equals(Buffer.from(PLAIN_JPEG))).toBe(true);
  });

  it('refuses a JPEG whose segments run past its end', async () => {
    const broken = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x7f, 0xff, 0x45]);
    await expect(stripImageLocation(broken, 'image/jpeg')).rejects.toBeInstanceOf(UnreadableImageError);
  });
});

describe('stripImageLocation on a PNG', () => {
  it('reads the eXIf chunk and removes it with the text chunks', async () => {
    const result = await stripImageLocation(pngWithExif(FENGKAI), 'image/png');
    expect(result.latitude).toBeCloseTo(23.44, 5);
    expect(result.longitude).toBeCloseTo(111.51, 5);
    expect(result.takenAt?.toISOString()).toBe('2019-02-18T02:30:00.000Z');
    expect(Buffer.from(result.bytes).equals(Buffer.from(PLAIN_PNG))).toBe(true);
    expect(text(result.bytes)).not.toContain('xmpmeta');
  });

  it('refuses a PNG cut short', async () => {
    await expect(stripImageLocation(PLAIN_PNG.subarray(0, 40), 'image/png')).rejects.toBeInstanceOf(UnreadableImageError);
  });
});

describe('stripImageLocation on other files', () => {
  it('returns documents unchanged', async () => {
    const pdf = new Uint8Array(Buffer.from('%PDF-1.7\n', 'latin1'));
    const result = await stripImageLocation(pdf, 'application/pdf');
    expect(result).toEqual({ bytes: pdf, latitude: null, longitude: null, takenAt: null });
  });
});

describe('stripImageLocation on a WebP', () => {
  const chunk = (type: string, payload: number[] | string) => {
    const data = typeof payload === 'string' ? [...Buffer.from(payload, 'latin1')] : payload;
    return cat(type, le32(data.length), data, data.length % 2 ? [0] : []);
  };
  const webp = (...chunks: Uint8Array[]) => {
    const body = cat(...chunks);
    return cat('RIFF', le32(body.length + 4), 'WEBP', body);
  };
  const vp8x = (flags: number) => chunk('VP8X', [flags, 0, 0, 0, ...le24(31), ...le24(23)]);
  const image = chunk('VP8L', [0x2f, ...le32((31 | (23 << 14)) >>> 0), 1, 2, 3]);

  it('removes the EXIF and XMP chunks and their flags, and keeps the image', async () => {
    const input = webp(vp8x(0x0c), image, chunk('EXIF', 'Exif\0\0GPS 23.44 111.51'), chunk('XMP ', '<x:xmpmeta>Fengkai</x:xmpmeta>'));
    const { bytes, latitude } = await stripImageLocation(input, 'image/webp');
    expect(Buffer.from(bytes).equals(Buffer.from(webp(vp8x(0), image)))).toBe(true);
    expect(text(bytes)).not.toContain('GPS');
    expect(latitude).toBeNull();
  });

  it('refuses a WebP whose chunk runs past its end', async () => {
    await expect(stripImageLocation(cat('RIFF', le32(100), 'WEBP', 'VP8L', le32(90), [0x2f]), 'image/webp')).rejects.toBeInstanceOf(UnreadableImageError);
  });
});

describe('stripImageLocation on a GIF', () => {
  const screen = cat('GIF89a', le16(2), le16(2), [0x80, 0, 0], [0, 0, 0, 255, 255, 255]);
  const loop = cat([0x21, 0xff, 11], 'NETSCAPE2.0', [3, 1, 0, 0, 0]);
  const timing = cat([0x21, 0xf9, 4, 0, 10, 0, 0, 0]);
  const frame = cat([0x2c, 0, 0, 0, 0, 2, 0, 2, 0, 0], [2, 2, 0x44, 0x01, 0]);
  const xmp = cat([0x21, 0xff, 11], 'XMP DataXMP', [14], 'Fengkai 23.44N', [0]);
  const comment = cat([0x21, 0xfe, 9], 'GPS 23.44', [0]);

  it('removes comments and application data other than the loop count, and keeps the frames', async () => {
    const { bytes } = await stripImageLocation(cat(screen, loop, xmp, comment, timing, frame, [0x3b]), 'image/gif');
    expect(Buffer.from(bytes).equals(Buffer.from(cat(screen, loop, timing, frame, [0x3b])))).toBe(true);
  });

  it('refuses a GIF cut short', async () => {
    await expect(stripImageLocation(cat(screen, loop, frame.subarray(0, 12)), 'image/gif')).rejects.toBeInstanceOf(UnreadableImageError);
  });
});
