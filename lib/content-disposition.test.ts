import { describe, expect, it } from 'vitest';
import { fileNameOf } from '@/lib/content-disposition';

describe('the file name of a download', () => {
  it('reads the UTF-8 name before the ASCII one, as file-route writes them', () => {
    expect(fileNameOf(`attachment; filename="findings-2026-12-05.xlsx"; filename*=UTF-8''%E9%97%AE%E9%A2%98%E6%B8%85%E5%8D%95-2026-12-05.xlsx`)).toBe(
      '问题清单-2026-12-05.xlsx',
    );
    expect(fileNameOf(`attachment; filename*=utf-8'zh'%E5%8F%B0%E8%B4%A6%20%281%29.xlsx; filename="ledger.xlsx"`)).toBe('台账 (1).xlsx');
  });

  it('falls back to the plain name when the extended one is missing, broken or in another charset', () => {
    expect(fileNameOf('attachment; filename="ledger.xlsx"')).toBe('ledger.xlsx');
    expect(fileNameOf('attachment; filename=report.docx')).toBe('report.docx');
    expect(fileNameOf(`attachment; filename="a.xlsx"; filename*=UTF-8''%E9%97`)).toBe('a.xlsx');
    expect(fileNameOf(`attachment; filename="b.xlsx"; filename*=ISO-8859-1''%E9.xlsx`)).toBe('b.xlsx');
    expect(fileNameOf('attachment; filename="say \\"hi\\".txt"')).toBe('say "hi".txt');
  });

  it('gives null when there is no name', () => {
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf('attachment; filename=""')).toBeNull();
  });
});
