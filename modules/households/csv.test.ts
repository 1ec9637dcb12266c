import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '@/modules/households/csv';
import { IMPORT_LIMITS } from '@/modules/imports/limits';
import { canonicalLine } from '@/modules/households/roster-hash';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and keeps line numbers', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"multi\nline",z\r\nlast,row';
    expect(parseCsv(text, IMPORT_LIMITS.ROSTER)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['multi\nline', 'z'] },
      { line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('decodes GB18030 when the bytes are not UTF-8', () => {
    const gbk = new Uint8Array([0xb4, 0xe5]); // 村 in GBK
    expect(decodeText(gbk)).toBe('村');
    expect(decodeText(new TextEncoder().encode('村'))).toBe('村');
  });
});

describe('canonical roster line', () => {
  it('is the documented tab-separated form', () => {
    const line = canonicalLine({ code: 'A1', villageCode: 'V', size: 3, status: 'PLANNED_EXIT', hasDisabledMember: true, ableToWork: false, incomePerCapita: null });
    expect(line).toBe('A1\tV\t3\tPLANNED_EXIT\t1\t0\t\n');
  });
});
