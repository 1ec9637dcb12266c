// Where the assessment stands in its workflow, and for the leader or an admin the moves open to
// them now. The hint for a blocked step comes from the same rule the server applies.
import { useLocale, useTranslations } from 'next-intl';
import { createCatalogTranslator } from '@/lib/i18n/server-translator';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { checkTransition, nextStatus, previousStatus, refusalMessage, type TransitionFacts } from '@/modules/assessments/rules';
import { StatusActions, type StatusStep } from '@/components/assessment/status-actions';
import { StatusSteps } from '@/components/assessment/status-steps';

export function StatusPanel({ assessment, facts, isAdmin }: {
  assessment: { id: string; version: number; status: AssessmentStatus };
  /** Present only for those who may move the assessment. */
  facts: TransitionFacts | null;
  isAdmin: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const next = nextStatus(assessment.status);
  let forward: StatusStep | null = null;
  if (facts && next) {
    const check = checkTransition(assessment.status, next, { isAdmin }, facts);
    const message = check.ok ? null : refusalMessage(check);
    forward = { to: next, blocked: message ? createCatalogTranslator(locale)(message.messageKey, message.params) : null };
  }
  const previous = previousStatus(assessment.status);
  const back = facts && isAdmin && previous && !facts.campaignClosed ? previous : null;

  return (
    <div className="space-y-4">
      <StatusSteps status={assessment.status} />
      {forward || back ? <StatusActions id={assessment.id} version={assessment.version} forward={forward} back={back} /> : null}
      {facts && !next ? <p className="text-sm text-slate-600">{t('assessment.transition.finished')}</p> : null}
    </div>
  );
}
