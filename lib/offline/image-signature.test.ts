// A picked file is a photo only when its type and its first bytes say so.
import { describe, expect, it } from 'vitest';
import { isPhotoFile } from '@/lib/offline/image-signature';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const file = (content: Uint8Array, type: string) => new Blob([content as BlobPart], { type });

describe('isPhotoFile', () => {
  it('takes JPEG, PNG and WebP by their first bytes, as the server stores them', async () => {
    expect(await isPhotoFile(file(bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'))).toBe(true);
    expect(await isPhotoFile(file(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'))).toBe(true);
    expect(await isPhotoFile(file(bytes('RIFF', [1, 0, 0, 0], 'WEBPVP8 '), 'image/webp'))).toBe(true);
    expect(await isPhotoFile(file(bytes([0xff, 0xd8, 0xff, 0xe1]), ''))).toBe(true);
  });

  it('refuses a file that only claims to be a photo, and one whose type is not a photo', async () => {
    expect(await isPhotoFile(file(bytes('%PDF-1.7'), 'image/jpeg'))).toBe(false);
    expect(await isPhotoFile(file(bytes([0xff, 0xd8, 0xff]), 'application/pdf'))).toBe(false);
    expect(await isPhotoFile(file(bytes('GIF89a'), 'image/gif'))).toBe(false);
    expect(await isPhotoFile(file(bytes([0, 0, 0, 24], 'ftypheic'), 'image/heic'))).toBe(false);
    expect(await isPhotoFile(file(new Uint8Array(), ''))).toBe(false);
  });
});
