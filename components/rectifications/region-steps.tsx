'use client';

// The responsible region's steps on a finding, shown to its officials when they may take them:
// appeal within the window or submit a plan (issued); revise the plan, report progress and
// submit proof of completion (under rectification).
import type { ReactNode } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { FindingAction } from '@/modules/findings/rules';
import { FilesForm } from '@/components/findings/files-form';
import { PlanForm, type PlanValues } from '@/components/rectifications/plan-form';
import { ProgressForm } from '@/components/rectifications/progress-form';

type Section = { title: string; children: ReactNode };

function Step({ title, children }: Section) {
  return (
    <section className="space-y-3">
      <h3 className="font-medium text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

export function RegionSteps({ finding, actions, appealDeadline, rectification }: {
  finding: { id: string; version: number };
  actions: FindingAction[];
  appealDeadline: Date | null;
  rectification: (PlanValues & { version: number }) | null;
}) {
  const t = useTranslations('findings');
  const format = useFormatter();
  const url = (what: 'appeal' | 'proof') => `/api/findings/${finding.id}/${what}`;
  return (
    <>
      {actions.includes('submitPlan') ? (
        <Step title={t('rectification.submitPlan')}>
          <PlanForm target={{ submit: finding }} values={null} />
        </Step>
      ) : null}
      {actions.includes('appeal') && appealDeadline ? (
        <Step title={t('appeal.title')}>
          <FilesForm
            url={url('appeal')}
            version={finding.version}
            textField="reason"
            labels={{
              intro: t('appeal.open', { date: format.dateTime(appealDeadline, { dateStyle: 'long', timeStyle: 'short' }) }),
              text: t('appeal.reason'),
              files: t('appeal.files'),
              submit: t('appeal.submit'),
              submitting: t('appeal.submitting'),
            }}
          />
        </Step>
      ) : null}
      {actions.includes('submitProof') && rectification ? (
        <>
          <Step title={t('rectification.revise')}>
            <PlanForm target={{ revise: { findingId: finding.id, version: rectification.version } }} values={rectification} />
          </Step>
          <Step title={t('rectification.addProgress')}>
            <ProgressForm findingId={finding.id} />
          </Step>
          <Step title={t('rectification.submitProof')}>
            <FilesForm
              url={url('proof')}
              version={finding.version}
              textField="note"
              labels={{ text: t('rectification.proofNote'), files: t('rectification.proofFiles'), submit: t('rectification.submitProof'), submitting: t('appeal.submitting') }}
            />
          </Step>
        </>
      ) : null}
    </>
  );
}
