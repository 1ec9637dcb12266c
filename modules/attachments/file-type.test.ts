import { describe, expect, it } from 'vitest';
import { cleanFileName, detectFileKind } from '@/modules/attachments/file-type';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('detectFileKind', () => {
  it('recognises PDF, JPEG and PNG by their signatures', () => {
    expect(detectFileKind(bytes('%PDF-1.7\n'))?.mimeType).toBe('application/pdf');
    expect(detectFileKind(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.mimeType).toBe('image/jpeg');
    expect(detectFileKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mimeType).toBe('image/png');
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

describe('cleanFileName', () => {
  const pdf = { mimeType: 'application/pdf', extension: 'pdf' };
  it('keeps the base name without folders or control characters', () => {
    expect(cleanFileName('C:\\报告\\肇庆市"汇报"\u0007.pdf', pdf)).toBe('肇庆市汇报.pdf');
    expect(cleanFileName('../../etc/passwd', pdf)).toBe('passwd');
    expect(cleanFileName('   ', pdf)).toBe('attachment.pdf');
  });
});
