import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';

const en = MESSAGES.en;
const zhCN = MESSAGES['zh-CN'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogs', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no empty strings', () => {
    for (const catalog of [en, zhCN]) {
      const empty = keys(catalog).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalog) === '');
      expect(empty).toEqual([]);
    }
  });
});
