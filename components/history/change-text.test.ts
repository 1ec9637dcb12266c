import { describe, expect, it } from 'vitest';
import { createCatalogTranslator } from '@/lib/i18n/server-translator';
import { changeText, eventName } from '@/components/history/change-text';

const zh = createCatalogTranslator('zh-CN');
const en = createCatalogTranslator('en');

describe('changeText', () => {
  it('names the field and the coded values in words', () => {
    expect(changeText(zh, { field: 'severity', from: 'GENERAL', to: 'SERIOUS' }, 'finding', 'zh-CN')).toBe('严重程度：一般 → 较重');
    expect(changeText(en, { field: 'severity', from: 'GENERAL', to: 'CRITICAL' }, 'finding', 'en')).toBe('Severity: General → Critical');
  });

  it('reads a status in the words of the kind of record', () => {
    expect(changeText(zh, { field: 'status', from: 'ISSUED', to: 'PLAN_SUBMITTED' }, 'finding', 'zh-CN')).toBe('状态：已反馈 → 整改中');
    expect(changeText(zh, { field: 'status', from: 'PLANNED', to: 'IN_PROGRESS' }, 'siteVisit', 'zh-CN')).toBe('状态：计划中 → 核查中');
  });

  it('shows an empty value as such, and an instant in the assessment time zone', () => {
    expect(changeText(zh, { field: 'notes', from: null, to: '补充说明' }, 'siteVisit', 'zh-CN')).toBe('备注：（空） → 补充说明');
    // 01:30 UTC is 09:30 in Asia/Shanghai.
    expect(changeText(en, { field: 'startsAt', from: '2019-01-10T01:30:00.000Z', to: '2019-01-10T01:30:00.000Z' }, 'meeting', 'en')).toMatch(/^Starts at: Jan 10, 2019, 9:30 AM → /);
  });

  it('keeps free text and unknown fields as they are', () => {
    expect(changeText(en, { field: 'title', from: '危房', to: '危房未改造' }, 'finding', 'en')).toBe('Title: 危房 → 危房未改造');
    expect(changeText(en, { field: 'mystery', from: 1, to: 2 }, null, 'en')).toBe('mystery: 1 → 2');
  });
});

describe('eventName', () => {
  it('names an audit action in words, in both languages', () => {
    expect(eventName(zh, 'finding.update')).toBe('修改了问题');
    expect(eventName(en, 'check.submit')).toBe('submitted a household check');
  });

  it('says plainly when an action has no name', () => {
    expect(eventName(en, 'no.such')).toBe('did something (no.such)');
  });
});
