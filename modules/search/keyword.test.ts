import { describe, expect, it } from 'vitest';
import { escapeLike, parseKeyword } from '@/modules/search/keyword';

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
});
