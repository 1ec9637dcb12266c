// The sentence and the link of a notification, from its kind and the data stored with it; used by the
// notification centre and by the e-mail (translator of the `notifications` message area either way).
import type { NotificationKind } from '@/lib/generated/prisma/enums';

export type NotificationTranslate = { (key: string, params?: Record<string, string | number>): string; has: (key: string) => boolean };
type Described = { kind: NotificationKind; data: unknown };

const text = (data: Record<string, unknown>, key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');

export function notificationHref(n: { recordType: string; recordId: string; assessmentId: string | null }): string {
  if (n.recordType === 'WorkReport') return `/reports/${n.recordId}`;
  if (n.recordType === 'AssessmentResult') return `/assessments/${n.assessmentId}/results`;
  return `/findings/${n.recordId}`;
}

/** `date` formats a calendar day ('YYYY-MM-DD') in the reader's language. */
export function describeNotification(t: NotificationTranslate, n: Described, locale: string, date: (day: string) => string): string {
  const data = (n.data ?? {}) as Record<string, unknown>;
  const region = (locale === 'en' && text(data, 'regionNameEn')) || text(data, 'regionName');
  const decisionKey = `decisions.${text(data, 'decision')}`;
  const params = { title: text(data, 'title'), region, decision: t.has(decisionKey) ? t(decisionKey) : '' };
  if (n.kind === 'DEADLINE_REMINDER' || n.kind === 'DEADLINE_ESCALATION') {
    const step = n.kind === 'DEADLINE_REMINDER' ? 'remind' : 'escalate';
    const timing = { ...params, due: text(data, 'due') ? date(text(data, 'due')) : '', days: Number(text(data, 'days')) || 0 };
    // Waits and appeal windows have sentences of their own; deadlines share one naming their subject.
    const own = `waits.${text(data, 'subject')}.${step}`;
    if (t.has(own)) return t(own, timing);
    const subject = text(data, 'subject') === 'report' ? t('subjects.report') : t('subjects.rectification');
    return t(step === 'remind' ? 'reminder' : 'escalation', { ...timing, subject });
  }
  return t(`kinds.${n.kind}`, params);
}
