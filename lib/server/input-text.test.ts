import { describe, expect, it } from 'vitest';
import { cleanInput, isCleanText, MAX_INPUT_DEPTH, textProblem } from '@/lib/server/input-text';

describe('the text rule', () => {
  it('refuses NUL and other C0 controls, and DEL', () => {
    for (const text of ['a\u0000b', '\u0001', 'x\u0008', '\u000b', '\u000c', '\u001b[31m', '\u007f']) expect(textProblem(text)).toBe('controlCharacter');
  });

  it('allows tab, CR and LF, and ordinary text in any script', () => {
    for (const text of ['a\tb', 'line\r\nline', '肇庆市 封开县', '🙂', '', 'e\u0301']) expect(textProblem(text)).toBeNull();
  });

  it('refuses lone surrogates, high or low, and accepts a proper pair', () => {
    expect(textProblem('\ud800')).toBe('loneSurrogate');
    expect(textProblem('a\udfffb')).toBe('loneSurrogate');
    expect(textProblem('\udc00\ud800')).toBe('loneSurrogate');
    expect(textProblem('\ud83d\ude42')).toBeNull();
  });

  it('names every field that breaks it, by its path', () => {
    const result = cleanInput({ title: 'ok', items: [{ note: 'a\u0000' }, { note: '\ud800' }], tags: ['\u0007'] });
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'items.0.note', problem: 'controlCharacter' },
        { path: 'items.1.note', problem: 'loneSurrogate' },
        { path: 'tags.0', problem: 'controlCharacter' },
      ],
    });
  });

  it('normalises text to NFC, in values and keys', () => {
    expect(cleanInput({ name: 'Cafe\u0301', ['e\u0301']: 1 })).toEqual({ ok: true, value: { name: 'Caf\u00e9', ['\u00e9']: 1 } });
  });

  it('refuses keys that reach for the prototype, without setting it', () => {
    const input = JSON.parse('{"__proto__": {"admin": true}, "constructor": 1, "name": "x"}') as unknown;
    const result = cleanInput(input);
    expect(result).toEqual({ ok: false, problems: [{ path: '__proto__', problem: 'reservedKey' }, { path: 'constructor', problem: 'reservedKey' }] });
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });

  it('bounds nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH + 5; i += 1) deep = [deep];
    expect(cleanInput(deep)).toMatchObject({ ok: false, problems: [{ problem: 'tooDeep' }] });
  });

  it('checks file names too, and leaves other values alone', () => {
    const file = new File(['x'], 'scan\u0000.pdf');
    expect(cleanInput({ file })).toEqual({ ok: false, problems: [{ path: 'file', problem: 'controlCharacter' }] });
    const date = new Date(0);
    expect(cleanInput({ n: 2 ** 40, flag: true, none: null, date })).toEqual({ ok: true, value: { n: 2 ** 40, flag: true, none: null, date } });
  });

  it('tells whether ids read from a URL can name a row', () => {
    expect(isCleanText('cm1', 'cm2')).toBe(true);
    expect(isCleanText('cm1', '\u0000')).toBe(false);
  });
});
