import { describe, expect, it } from 'vitest';
import { placeName } from '@/modules/regions/place-name';

describe('placeName', () => {
  it('puts the parent first', () => {
    expect(placeName({ name: '长岗镇', parent: { name: '封开县' } })).toBe('封开县 · 长岗镇');
  });

  it('is the name alone for a region without a parent', () => {
    expect(placeName({ name: '广东省', parent: null })).toBe('广东省');
  });
});
