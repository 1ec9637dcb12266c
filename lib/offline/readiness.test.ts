import { describe, expect, it } from 'vitest';
import { preparedAtLabel } from '@/lib/offline/readiness';

// 00:12 UTC is 08:12 in Guangdong (UTC+8, no daylight saving).
const PREPARED = new Date('2026-12-05T00:12:00Z');

describe('preparedAtLabel', () => {
  it('gives the time alone on the day the visit was prepared, in the assessment zone', () => {
    expect(preparedAtLabel(PREPARED, new Date('2026-12-05T15:59:00Z'), 'zh-CN')).toBe('08:12');
    expect(preparedAtLabel(PREPARED, new Date('2026-12-05T09:00:00Z'), 'en')).toBe('08:12');
  });

  it('adds the date once the local day has changed', () => {
    // 16:00 UTC is midnight in Guangdong: the next day there.
    expect(preparedAtLabel(PREPARED, new Date('2026-12-05T16:00:00Z'), 'zh-CN')).toBe('12/5 08:12');
    expect(preparedAtLabel(PREPARED, new Date('2026-12-07T01:00:00Z'), 'en')).toBe('12/5, 08:12');
  });
});
