import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/messages';
import { unitName } from '@/components/reports/indicator-name';

const translator = (locale: 'en' | 'zh-CN') => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'reports' });

describe('unit names', () => {
  it('names the demo units in English, and keeps them in Chinese', () => {
    const en = translator('en');
    const zh = translator('zh-CN');
    const cases: [string, string][] = [['人', 'people'], ['%', '%'], ['个', 'count'], ['亿元', '100 million yuan']];
    for (const [unit, english] of cases) {
      expect(unitName(en as never, unit)).toBe(english);
      expect(unitName(zh as never, unit)).toBe(unit);
    }
  });

  it('shows a unit without a name as typed', () => {
    expect(unitName(translator('en') as never, '公里')).toBe('公里');
    expect(unitName(translator('en') as never, '')).toBe('');
  });
});
