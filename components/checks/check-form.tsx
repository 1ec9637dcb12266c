'use client';

// The household (or village) check form. What was typed earlier in this browser (or a check the server refused)
// is read before the form first shows, so a reload continues where the assessor was.
import { useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { parseDraft, readDraftRaw, subjectKey } from '@/components/checks/check-draft';
import { CheckFormBody, type CheckFormProps } from '@/components/checks/check-form-body';
import { refusedDraftRaw } from '@/components/checks/check-queue';

// The draft is read once per mount; writes come from the form itself, so there is nothing to subscribe to.
const subscribeNever = () => () => undefined;

export function CheckForm(props: Omit<CheckFormProps, 'initialDraft' | 'fromQueue' | 'onDiscard'>) {
  const t = useTranslations('checks.form');
  const { visitId, subject, template } = props;
  const [attempt, setAttempt] = useState(0);
  const snapshot = useSyncExternalStore(
    subscribeNever,
    () => {
      const own = readDraftRaw(visitId, subjectKey(subject));
      return own !== null ? `d${own}` : `q${refusedDraftRaw(visitId, subject) ?? ''}`;
    },
    () => null,
  );
  if (snapshot === null) return <p className="text-sm text-slate-600">{t('loading')}</p>;
  const initialDraft = parseDraft(snapshot.slice(1), template.id);
  return (
    <CheckFormBody
      key={attempt}
      {...props}
      initialDraft={initialDraft}
      fromQueue={snapshot.startsWith('q') && initialDraft !== null}
      onDiscard={() => setAttempt((n) => n + 1)}
    />
  );
}
