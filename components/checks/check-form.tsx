'use client';

// The household (or village) check form. What was typed earlier in this browser (or a check the server refused)
// is read before the form first shows, so a reload continues where the assessor was.
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { parseDraft, readDraftRaw, subjectKey } from '@/components/checks/check-draft';
import { CheckFormBody, type CheckFormProps } from '@/components/checks/check-form-body';
import { findRefusedCheck } from '@/components/checks/check-outbox';
import { useDraftOwner } from '@/components/drafts/draft-owner';

/** The user's own draft ('d…'), else a refused check's draft from the outbox ('q…', empty when none). */
async function readStartingPoint(ownerId: string | null, visitId: string, subject: CheckFormProps['subject']): Promise<string> {
  if (!ownerId) return 'q';
  const own = readDraftRaw(ownerId, visitId, subjectKey(subject));
  if (own !== null) return `d${own}`;
  const refused = await findRefusedCheck(ownerId, visitId, subject).catch(() => null);
  return `q${refused?.raw ?? ''}`;
}

export function CheckForm(props: Omit<CheckFormProps, 'ownerId' | 'initialDraft' | 'fromQueue' | 'onDiscard'>) {
  const t = useTranslations('checks.form');
  const { visitId, subject, template } = props;
  const ownerId = useDraftOwner();
  const [attempt, setAttempt] = useState(0);
  // Read once per mount, subject and discard (a discarded draft starts the form again from what is left);
  // writes come from the form itself, so there is nothing to subscribe to.
  const [snapshot, setSnapshot] = useState<{ readFor: string; value: string } | null>(null);
  const { householdId, villageId } = subject;
  const readFor = `${attempt}|${visitId}|${householdId}|${villageId}`;
  useEffect(() => {
    let current = true;
    void readStartingPoint(ownerId, visitId, { householdId, villageId, label: '' }).then((value) => current && setSnapshot({ readFor, value }));
    return () => {
      current = false;
    };
  }, [ownerId, visitId, householdId, villageId, readFor]);
  // Outside the signed-in shell there is no one whose outbox a check could join.
  if (snapshot?.readFor !== readFor || ownerId === null) return <p className="text-sm text-slate-600">{t('loading')}</p>;
  const initialDraft = parseDraft(snapshot.value.slice(1), template.id);
  return (
    <CheckFormBody
      key={readFor}
      {...props}
      ownerId={ownerId}
      initialDraft={initialDraft}
      fromQueue={snapshot.value.startsWith('q') && initialDraft !== null}
      onDiscard={() => setAttempt((n) => n + 1)}
    />
  );
}
