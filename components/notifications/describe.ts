// The sentence and the link of a notification, from its kind and the data stored with it.
import type { useTranslations } from 'next-intl';
import type { NotificationItem } from '@/modules/notifications/queries';

type Translate = ReturnType<typeof useTranslations<'notifications'>>;
type Format = { date: (day: string) => string };

const text = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');

export function notificationHref(n: Pick<NotificationItem, 'recordType' | 'recordId' | 'assessmentId'>): string {
  if (n.recordType === 'WorkReport') return `/reports/${n.recordId}`;
  if (n.recordType === 'AssessmentResult') return `/assessments/${n.assessmentId}/results`;
  return `/findings/${n.recordId}`;
}

export function describeNotification(t: Translate, n: Pick<NotificationItem, 'kind' | 'data'>, locale: string, format: Format): string {
  const data = (n.data ?? {}) as Record<string, unknown>;
  const region = (locale === 'en' && text(data, 'regionNameEn')) || text(data, 'regionName');
  const decisionKey = `decisions.${text(data, 'decision')}`;
  const params = {
    title: text(data, 'title'),
    region,
    decision: t.has(decisionKey as never) ? t(decisionKey as never) : '',
  };
  if (n.kind === 'DEADLINE_REMINDER' || n.kind === 'DEADLINE_ESCALATION') {
    const subject = text(data, 'subject') === 'report' ? t('subjects.report') : t('subjects.rectification');
    const deadline = { ...params, subject, due: format.date(text(data, 'due')), days: Number(text(data, 'days')) || 0 };
    return n.kind === 'DEADLINE_REMINDER' ? t('reminder', deadline) : t('escalation', deadline);
  }
  return t(`kinds.${n.kind}`, params);
}
