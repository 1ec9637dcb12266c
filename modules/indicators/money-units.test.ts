import { describe, expect, it } from 'vitest';
import { convertMoney, yuanPerUnit } from '@/modules/indicators/money-units';

describe('money units', () => {
  it('knows the common Chinese and English money units', () => {
    expect(yuanPerUnit('万元')).toBe(10_000);
    expect(yuanPerUnit(' 亿元 ')).toBe(100_000_000);
    expect(yuanPerUnit('人民币元')).toBe(1);
    expect(yuanPerUnit('10,000  Yuan')).toBe(10_000);
  });

  it('refuses units that are not money', () => {
    expect(yuanPerUnit('人')).toBeNull();
    expect(yuanPerUnit('%')).toBeNull();
    expect(convertMoney(1, '万元', '户')).toBeNull();
  });

  it('converts between units: 16,800 万元 is 1.68 亿元 and 168,000,000 元', () => {
    expect(convertMoney(16_800, '万元', '亿元')).toBeCloseTo(1.68, 12);
    expect(convertMoney(16_800, '万元', '元')).toBe(168_000_000);
    expect(convertMoney(2.5, '亿元', '万元')).toBe(25_000);
  });
});
