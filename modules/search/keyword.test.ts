import { describe, expect, it } from 'vitest';
import { escapeLike, KEYWORD_MAX, parseKeyword } from '@/modules/search/keyword';

describe('escapeLike', () => {
  it('takes LIKE wildcards and the escape character literally', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('封开县')).toBe('封开县');
  });
});

describe('parseKeyword', () => {
  it('reads the first of repeated values, normalised to NFC', () => {
    expect(parseKeyword(['e\u0301te', 'x'])).toBe('\u00e9te');
  });

  it('has nothing to search for when absent or blank', () => {
    expect(parseKeyword(undefined)).toBeNull();
    expect(parseKeyword(' \t ')).toBeNull();
  });

  it('keeps one- and two-character words (common in Chinese)', () => {
    expect(parseKeyword('村')).toBe('村');
    expect(parseKeyword(' 危房 ')).toBe('危房');
  });

  it('searches for the words around characters no record holds (NUL, other controls, lone surrogates)', () => {
    expect(parseKeyword('怀集\u0000')).toBe('怀集');
    expect(parseKeyword('\u0000怀集\u0007县\u001f')).toBe('怀集 县');
    expect(parseKeyword('封开\ud800县')).toBe('封开 县');
    expect(parseKeyword('\u0000')).toBeNull();
  });

  it('cuts a long keyword at a whole character, never inside a surrogate pair', () => {
    expect(parseKeyword('a'.repeat(10_000))).toBe('a'.repeat(KEYWORD_MAX));
    const kept = parseKeyword(`${'a'.repeat(KEYWORD_MAX - 1)}😀😀`);
    expect(kept).toBe(`${'a'.repeat(KEYWORD_MAX - 1)}😀`);
  });
});
