import { describe, expect, it } from 'vitest';
import { PLAIN_JPEG, PLAIN_PNG } from '@/modules/attachments/fixtures/exif-fixture';
import { be32, cat, jpegHeader, le16, le24, le32, PNG_SIGNATURE, pngHeader, riff } from '@/modules/attachments/fixtures/image-headers';
import { readImageSize } from '@/modules/attachments/image-size';

describe('readImageSize', () => {
  it('reads the fixture photos (32×24, as `file` reports them)', () => {
    expect(readImageSize(PLAIN_JPEG, 'image/jpeg')).toEqual({ width: 32, height: 24 });
    expect(readImageSize(PLAIN_PNG, 'image/png')).toEqual({ width: 32, height: 24 });
  });

  it('reads a 50000×50000 PNG from its IHDR without any image data', () => {
    expect(readImageSize(pngHeader(50000, 50000), 'image/png')).toEqual({ width: 50000, height: 50000 });
    expect(readImageSize(pngHeader(0x80000001, 3), 'image/png')).toEqual({ width: 0x80000001, height: 3 });
  });

  it('reads a JPEG frame header after other segments, baseline or progressive', () => {
    expect(readImageSize(jpegHeader(0xc0, 6000, 4000), 'image/jpeg')).toEqual({ width: 6000, height: 4000 });
    expect(readImageSize(jpegHeader(0xc2, 65535, 65535), 'image/jpeg')).toEqual({ width: 65535, height: 65535 });
  });

  it('reads the three kinds of WebP header', () => {
    expect(readImageSize(riff('VP8X', [0x10, 0, 0, 0, ...le24(16383), ...le24(9999)]), 'image/webp')).toEqual({ width: 16384, height: 10000 });
    expect(readImageSize(riff('VP8 ', [0x50, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...le16(4000), ...le16(3000), 0, 0]), 'image/webp')).toEqual({ width: 4000, height: 3000 });
    const bits = (1999 | (2999 << 14)) >>> 0;
    expect(readImageSize(riff('VP8L', [0x2f, ...le32(bits), 0, 0, 0, 0, 0]), 'image/webp')).toEqual({ width: 2000, height: 3000 });
  });

  it('reads the logical screen of a GIF', () => {
    expect(readImageSize(cat('GIF89a', le16(30000), le16(20000), [0, 0, 0]), 'image/gif')).toEqual({ width: 30000, height: 20000 });
  });

  it('answers null for a header it cannot read or a zero size', () => {
    expect(readImageSize(cat(PNG_SIGNATURE, be32(13), 'IDAT'), 'image/png')).toBeNull();
    expect(readImageSize(pngHeader(0, 10), 'image/png')).toBeNull();
    expect(readImageSize(cat([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'image/jpeg')).toBeNull(); // scan before any frame
    expect(readImageSize(PLAIN_JPEG.subarray(0, 20), 'image/jpeg')).toBeNull();
    expect(readImageSize(riff('ALPH', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'image/webp')).toBeNull();
    expect(readImageSize(cat('%PDF-1.7'), 'application/pdf')).toBeNull();
  });
});
