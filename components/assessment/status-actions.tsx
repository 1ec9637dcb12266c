'use client';

// The buttons that move an assessment: one step forward (leader or admin), and for an admin
// one step back with a reason. A forward step whose precondition is not met is shown disabled,
// with the reason; the server checks the same rule again.
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { transitionAssessmentAction } from '@/modules/assessments/actions';
import { Button } from '@/components/ui/button';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

export type StatusStep = { to: AssessmentStatus; blocked: string | null };

export function StatusActions({ id, version, forward, back }: {
  id: string;
  version: number;
  forward: StatusStep | null;
  back: AssessmentStatus | null;
}) {
  const t = useTranslations('assessment.transition');
  const status = useTranslations('assessmentStatus');
  const { pending, failure, submit, refresh } = useSubmit();
  const [reason, setReason] = useState('');
  const reasonId = useId();

  async function move(to: AssessmentStatus, withReason?: string) {
    const done = await submit(() => transitionAssessmentAction({ id, version, to, reason: withReason }));
    if (done) {
      setReason('');
      refresh();
    }
  }

  return (
    <div className="space-y-4">
      <FormAlert message={failure?.message} />
      {forward ? (
        <div className="space-y-1">
          <ConfirmAction
            label={t('forward', { status: status(forward.to) })}
            question={t('forwardQuestion', { status: status(forward.to) })}
            confirmLabel={pending ? t('moving') : t('confirm')}
            cancelLabel={t('cancel')}
            variant="primary"
            pending={pending}
            disabled={Boolean(forward.blocked)}
            onConfirm={() => move(forward.to)}
          />
          {forward.blocked ? <p className="text-sm text-amber-800">{forward.blocked}</p> : null}
        </div>
      ) : null}
      {back ? (
        <form
          className="space-y-2 border-t border-slate-200 pt-4"
          onSubmit={(event) => {
            event.preventDefault();
            void move(back, reason);
          }}
        >
          <label htmlFor={reasonId} className="block text-sm font-medium text-slate-800">
            {t('backReason', { status: status(back) })}
          </label>
          <textarea
            id={reasonId}
            rows={2}
            maxLength={500}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={CONTROL_CLASSES}
          />
          <Button type="submit" variant="secondary" disabled={pending || !reason.trim()}>
            {t('back', { status: status(back) })}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
