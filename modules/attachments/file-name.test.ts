import { describe, expect, it } from 'vitest';
import { cleanFileName } from '@/modules/attachments/file-name';

const pdf = { extension: 'pdf' };
const jpg = { extension: 'jpg' };

describe('cleanFileName', () => {
  it('keeps the base name without folders, control characters or characters Windows refuses', () => {
    expect(cleanFileName('C:\\报告\\肇庆市"汇报"\u0007.pdf', pdf)).toBe('肇庆市汇报.pdf');
    expect(cleanFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
    expect(cleanFileName('a<b>c:d*e?f|g\u0085h.pdf', pdf)).toBe('abcdefgh.pdf');
  });

  it('removes every bidirectional control, so a name cannot display another extension', () => {
    // "付款单\u202Efdp.exe" shows as "付款单exe.pdf" in a list.
    expect(cleanFileName('付款单\u202Egpj.exe', jpg)).toBe('付款单gpj.exe.jpg');
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    expect(cleanFileName(`照${controls.join('')}片.jpg`, jpg)).toBe('照片.jpg');
    expect(cleanFileName('a\u200bb\ufeffc.pdf', pdf)).toBe('abc.pdf');
  });

  it('drops lone surrogates but keeps characters outside the basic plane', () => {
    expect(cleanFileName('x\ud800y.pdf', pdf)).toBe('xy.pdf');
    expect(cleanFileName('𠮷野家.pdf', pdf)).toBe('𠮷野家.pdf');
  });

  it('normalises to NFC, so the same name typed two ways is stored the same', () => {
    expect(cleanFileName('Cafe\u0301.pdf', pdf)).toBe('Caf\u00e9.pdf');
  });

  it('keeps the extension of the detected type, appending it when the name says otherwise', () => {
    expect(cleanFileName('IMG_0001.JPEG', jpg)).toBe('IMG_0001.JPEG');
    expect(cleanFileName('photo.png', jpg)).toBe('photo.png.jpg');
    expect(cleanFileName('roster.csv')).toBe('roster.csv');
  });

  it('limits the length to 120 characters, the extension kept', () => {
    const name = cleanFileName(`${'报'.repeat(300)}.pdf`, pdf);
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('报.pdf')).toBe(true);
  });

  it('falls back to a safe name when nothing is left', () => {
    expect(cleanFileName('   ', pdf)).toBe('attachment.pdf');
    expect(cleanFileName('\u202E\u0000..', pdf)).toBe('attachment.pdf');
    expect(cleanFileName('', undefined)).toBe('attachment');
  });
});
