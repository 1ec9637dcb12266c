import { describe, expect, it } from 'vitest';
import { detectFileKind } from '@/modules/attachments/file-type';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('detectFileKind', () => {
  it('recognises PDF, JPEG and PNG by their signatures', () => {
    expect(detectFileKind(bytes('%PDF-1.7\n'))?.mimeType).toBe('application/pdf');
    expect(detectFileKind(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.mimeType).toBe('image/jpeg');
    expect(detectFileKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mimeType).toBe('image/png');
  });

  it('recognises WebP and GIF by their headers', () => {
    expect(detectFileKind(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))?.mimeType).toBe('image/webp');
    expect(detectFileKind(bytes('GIF89a', [1, 0, 1, 0]))?.mimeType).toBe('image/gif');
    expect(detectFileKind(bytes('GIF87a', [1, 0, 1, 0]))?.mimeType).toBe('image/gif');
    expect(detectFileKind(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull(); // a sound file
  });

  it('tells Word from Excel inside an Office ZIP', () => {
    expect(detectFileKind(bytes(ZIP, '....[Content_Types].xml....word/document.xml'))?.extension).toBe('docx');
    expect(detectFileKind(bytes(ZIP, '....[Content_Types].xml....xl/workbook.xml'))?.extension).toBe('xlsx');
  });

  it('rejects anything else, whatever its name', () => {
    expect(detectFileKind(bytes('MZ\x90\x00'))).toBeNull(); // a Windows program
    expect(detectFileKind(bytes(ZIP, 'plain.txt'))).toBeNull(); // a plain ZIP
    expect(detectFileKind(bytes('<html>'))).toBeNull();
    expect(detectFileKind(new Uint8Array())).toBeNull();
  });
});
