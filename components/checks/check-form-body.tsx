'use client';

// One card per question, photos, position and time; kept on the device as it is typed. Submitting
// puts the check in the outbox first and then sends it: offline, it waits there and goes when the
// connection is back; refused, it comes back into the form with the reasons.
import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import {
  answerGiven,
  EMPTY_ANSWER,
  hasInput,
  newSubmissionKey,
  removeDraft,
  subjectKey,
  writeDraft,
  type CheckDraft,
  type CheckSubject,
  type DraftAnswer,
} from '@/components/checks/check-draft';
import { buildPayload, draftProblems } from '@/components/checks/check-payload';
import { queueCheck } from '@/components/checks/check-outbox';
import { sendEntryNow, takeBackEntry } from '@/lib/offline/outbox-runner';
import { deletePhotos } from '@/lib/offline/outbox-store';
import { ElapsedTime } from '@/components/checks/elapsed-time';
import { PhotoPicker } from '@/components/checks/photo-picker';
import { PositionStatus } from '@/components/checks/position-status';
import { QuestionCard, type QuestionItem } from '@/components/checks/question-card';
import { useCheckPhotos } from '@/components/checks/use-check-photos';
import { usePosition } from '@/components/checks/use-position';
import { FormAlert } from '@/components/ui/form-controls';
import { Button, buttonClasses } from '@/components/ui/button';

export type CheckFormProps = {
  /** The signed-in user, whose outbox the check joins. */
  ownerId: string;
  visitId: string;
  /** The household or village checked, and how to name it. */
  subject: CheckSubject & { label: string };
  template: { id: string; minimumSeconds: number; items: QuestionItem[] };
  initialDraft: CheckDraft | null;
  fromQueue: boolean;
  onDiscard: () => void;
};

type Phase = 'editing' | 'sending' | 'queued' | 'sent';

export function CheckFormBody({ ownerId, visitId, subject, template, initialDraft, fromQueue, onDiscard }: CheckFormProps) {
  const t = useTranslations('checks.form');
  const tOutbox = useTranslations('offline.outbox');
  const router = useRouter();
  const [draft, setDraft] = useState<CheckDraft>(
    () => initialDraft ?? { submissionKey: newSubmissionKey(), templateId: template.id, startedAt: Date.now(), savedAt: 0, answers: {}, photoIds: [], refusal: null },
  );
  const draftRef = useRef(draft);
  // Fixed at mount: the form's own writes land in the same storage, and must not restart it.
  const [restored] = useState(initialDraft !== null);
  const [takenFromQueue] = useState(fromQueue);
  const [phase, setPhase] = useState<Phase>('editing');
  const [failure, setFailure] = useState<string | null>(initialDraft?.refusal ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const { state: positionState, position, retry } = usePosition();
  const photos = useCheckPhotos(ownerId, draft.photoIds);
  const items = template.items;
  const draftKey = subjectKey(subject);

  // A refused check taken back from the outbox is a draft again.
  useEffect(() => {
    if (!takenFromQueue) return;
    void takeBackEntry(ownerId, draftRef.current.submissionKey);
    writeDraft(ownerId, visitId, draftKey, draftRef.current);
  }, [takenFromQueue, ownerId, visitId, draftKey]);

  function update(change: (d: CheckDraft) => CheckDraft) {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraft(next);
    if (hasInput(next)) writeDraft(ownerId, visitId, draftKey, next);
  }

  const setAnswer = (itemId: string, patch: Partial<DraftAnswer>) =>
    update((d) => ({ ...d, answers: { ...d.answers, [itemId]: { ...EMPTY_ANSWER, ...d.answers[itemId], ...patch } } }));

  async function addPhotos(files: File[]) {
    const ids = await photos.add(files);
    update((d) => ({ ...d, photoIds: [...d.photoIds, ...ids] }));
  }

  function removePhoto(id: string) {
    photos.remove(id);
    update((d) => ({ ...d, photoIds: d.photoIds.filter((p) => p !== id) }));
  }

  function discard() {
    if (!window.confirm(t('discardConfirm'))) return;
    removeDraft(ownerId, visitId, draftKey);
    void deletePhotos(ownerId, draftRef.current.photoIds);
    onDiscard();
  }

  async function submit() {
    const current = draftRef.current;
    const problems = draftProblems(current, items);
    setFieldErrors(Object.fromEntries(problems.numbers.map((id) => [`answers.${id}`, [t('numberInvalid')]])));
    setFailure(problems.empty ? t('nothingAnswered') : problems.numbers.length > 0 ? t('fixErrors') : null);
    if (problems.empty || problems.numbers.length > 0) return;
    const target = { householdId: subject.householdId, villageId: subject.villageId };
    const payload = buildPayload({ ...current, refusal: null }, { visitId, subject: target, items }, Date.now(), position);
    // In the outbox before the first attempt: a connection lost mid-send loses nothing.
    const id = await queueCheck(ownerId, { payload, photoIds: current.photoIds, label: subject.label, draft: JSON.stringify(current) });
    removeDraft(ownerId, visitId, draftKey);
    setPhase('sending');
    const outcome = navigator.onLine ? await sendEntryNow(ownerId, id, tOutbox('photoLost')).catch(() => null) : null;
    if (outcome?.kind === 'sent') {
      setPhase('sent');
      router.push(`/checks/${outcome.id}`);
    } else if (outcome?.kind === 'refused') {
      await takeBackEntry(ownerId, id);
      writeDraft(ownerId, visitId, draftKey, current);
      setFailure(outcome.refusal.message);
      setFieldErrors(outcome.refusal.fieldErrors);
      setPhase('editing');
    } else {
      setFailure(outcome?.kind === 'signedOut' ? outcome.message : null);
      setPhase('queued');
    }
  }

  if (phase === 'queued') {
    return (
      <div role="status" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
        <p className="font-medium">{t('queuedTitle')}</p>
        <p className="text-sm">{t('queuedDescription')}</p>
        <FormAlert message={failure} />
        <Link href={`/site-visits/${visitId}/checks`} className={buttonClasses({ variant: 'secondary' })}>
          {t('backToHouseholds')}
        </Link>
      </div>
    );
  }

  const answered = items.filter((item) => answerGiven(draft.answers[item.id])).length;
  return (
    <div className="space-y-4">
      {restored ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
          <p>{t('restored')}</p>
          <Button size="sm" variant="secondary" onClick={discard}>
            {t('discard')}
          </Button>
        </div>
      ) : null}
      <ElapsedTime startedAt={draft.startedAt} minimumSeconds={template.minimumSeconds} />
      <PositionStatus state={positionState} onRetry={retry} />
      {items.map((item, index) => (
        <QuestionCard
          key={item.id}
          item={item}
          index={index}
          total={items.length}
          answer={draft.answers[item.id] ?? EMPTY_ANSWER}
          errors={fieldErrors[`answers.${item.id}`] ?? []}
          onChange={(patch) => setAnswer(item.id, patch)}
        />
      ))}
      <PhotoPicker photos={photos.photos} errors={fieldErrors.photos ?? []} onAdd={(files) => void addPhotos(files)} onRemove={removePhoto} />
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <p className="text-sm text-slate-700">{t('progress', { answered, total: items.length, photos: photos.photos.length })}</p>
        <FormAlert message={failure} />
        <Button className="h-12 w-full text-base" disabled={phase !== 'editing'} onClick={() => void submit()}>
          {phase === 'editing' ? t('submit') : t('submitting')}
        </Button>
      </div>
    </div>
  );
}
