// Appeals of indicator verdicts with their answers (and the leader's answer form for open ones), the official's
// appeal form while the period is open, links to the appeals of findings (kept on each finding's page), and the
// admin's re-openings with their reasons.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ResultsActivity } from '@/modules/results/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';
import { AnswerForm, AppealForm } from '@/components/results/appeal-forms';

export async function AppealsList({ assessmentId, activity, canAppeal, canAnswer, appealClosed }: {
  assessmentId: string;
  activity: ResultsActivity;
  canAppeal: boolean;
  canAnswer: boolean;
  appealClosed: boolean;
}) {
  const t = await getTranslations('resultsWorkflow');
  return (
    <div className="space-y-4">
      {activity.appeals.length === 0 ? <EmptyState title={t('empty.noAppeals')} /> : null}
      <ul className="space-y-3">
        {activity.appeals.map((a) => (
          <li key={a.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium">
              {a.indicator.code} {a.indicator.name}
            </p>
            <p className="text-slate-600">
              {t('appeals.submittedBy')}：{a.submittedBy.displayName} · <DateTime value={a.submittedAt} />
            </p>
            <p className="mt-1 whitespace-pre-wrap">{a.reason}</p>
            {a.attachments.length > 0 ? (
              <ul className="mt-1 flex flex-wrap gap-2">
                {a.attachments.map((f) => (
                  <li key={f.id}>
                    <a className="text-blue-700 hover:underline" href={`/api/results/${assessmentId}/attachments/${f.id}`}>
                      {f.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {a.decision ? (
              <p className="mt-2 rounded bg-slate-50 p-2">
                <span className="font-medium">{t(`appeals.decision.${a.decision}`)}</span>
                {a.answeredBy ? ` · ${a.answeredBy.displayName}` : ''}：{a.answerNote}
              </p>
            ) : (
              <>
                <p className="mt-2 text-amber-800">{t('appeals.pending')}</p>
                {canAnswer ? <AnswerForm appealId={a.id} label={`${t('appeals.answer')} ${a.indicator.code}`} /> : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {canAppeal ? <AppealForm assessmentId={assessmentId} indicators={activity.indicators} /> : null}
      {appealClosed ? <p className="text-sm text-slate-600">{t('appeals.closed')}</p> : null}
      {activity.findingAppeals.length > 0 ? (
        <div>
          <h3 className="font-medium text-slate-900">{t('findings.appeals')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {activity.findingAppeals.map((a) => (
              <li key={a.id}>
                <Link className="text-blue-700 hover:underline" href={`/findings/${a.finding.id}`}>
                  {a.finding.title}
                </Link>{' '}
                · {t(`findings.appealDecision.${a.decision ?? 'PENDING'}`)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {activity.reopenings.length > 0 ? (
        <div>
          <h3 className="font-medium text-slate-900">{t('reopenings.heading')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {activity.reopenings.map((r) => (
              <li key={r.id}>
                <DateTime value={r.reopenedAt} /> {r.reopenedBy.displayName}：{t(`status.${r.fromStatus}`)} → {t(`status.${r.toStatus}`)} · {r.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
