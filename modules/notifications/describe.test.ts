import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { describeNotification, notificationHref, type NotificationTranslate } from '@/modules/notifications/describe';

const tr = (locale: 'zh-CN' | 'en') => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'notifications' }) as unknown as NotificationTranslate;
const day = (d: string) => `<${d}>`;
const data = { title: '饮水检测', regionName: '封开县', regionNameEn: 'Fengkai', subject: 'rectification', due: '2026-12-20' };

describe('notification messages', () => {
  it('says how many days are left, or that it is due today, in either language', () => {
    expect(describeNotification(tr('zh-CN'), { kind: 'DEADLINE_REMINDER', data: { ...data, days: '3' } }, 'zh-CN', day)).toBe(
      '问题整改「饮水检测」（封开县）将于 <2026-12-20> 到期，还剩 3 天。',
    );
    expect(describeNotification(tr('zh-CN'), { kind: 'DEADLINE_REMINDER', data: { ...data, days: '0' } }, 'zh-CN', day)).toBe(
      '问题整改「饮水检测」（封开县）今天（<2026-12-20>）到期。',
    );
    expect(describeNotification(tr('en'), { kind: 'DEADLINE_ESCALATION', data: { ...data, subject: 'report', days: '4' } }, 'en', day)).toBe(
      'Work report “饮水检测” (Fengkai) is 4 days overdue (due <2026-12-20>): please follow it up.',
    );
  });

  it('says how long proof has waited, that no plan came, and when an appeal window closes', () => {
    expect(describeNotification(tr('zh-CN'), { kind: 'DEADLINE_ESCALATION', data: { ...data, subject: 'proof', days: '3' } }, 'zh-CN', day)).toBe(
      '问题「饮水检测」（封开县）的整改佐证于 <2026-12-20> 提交，已 3 天未核查，请督促核查。',
    );
    expect(describeNotification(tr('en'), { kind: 'DEADLINE_REMINDER', data: { ...data, subject: 'plan', days: '7' } }, 'en', day)).toBe(
      'The finding “饮水检测” was issued to Fengkai on <2026-12-20>, and after 7 days no rectification plan has been submitted: please submit one.',
    );
    expect(describeNotification(tr('zh-CN'), { kind: 'DEADLINE_REMINDER', data: { ...data, subject: 'appeal', days: '1' } }, 'zh-CN', day)).toBe(
      '问题「饮水检测」（封开县）的申诉期将于 <2026-12-20> 截止，如需申诉请及时提出。',
    );
  });

  it('names the decision of an appeal and links to the record', () => {
    expect(describeNotification(tr('zh-CN'), { kind: 'APPEAL_DECIDED', data: { ...data, decision: 'withdraw' } }, 'zh-CN', day)).toBe(
      '问题「饮水检测」（封开县）的申诉已有决定：撤销问题。',
    );
    expect(notificationHref({ recordType: 'AssessmentResult', recordId: 'r1', assessmentId: 'a1' })).toBe('/assessments/a1/results');
    expect(notificationHref({ recordType: 'WorkReport', recordId: 'w1', assessmentId: 'a1' })).toBe('/reports/w1');
  });
});
