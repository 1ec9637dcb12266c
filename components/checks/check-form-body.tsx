'use client';

// One card per question, photos, position and time; kept on the device as it is typed. Submitting
// queues the check first and then sends it: offline, it waits in the queue and goes when the
// connection is back; refused, it comes back into the form with the reasons.
import { useEffect, useRef, useState } from 'react';
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
import { sendQueued } from '@/components/checks/check-queue';
import { dequeue, enqueue } from '@/lib/offline/check-queue-store';
import { ElapsedTime } from '@/components/checks/elapsed-time';
import { PhotoPicker } from '@/components/checks/photo-picker';
import { deletePhotos } from '@/components/checks/photo-store';
import { PositionStatus } from '@/components/checks/position-status';
import { QuestionCard, type QuestionItem } from '@/components/checks/question-card';
import { QueuedNotice } from '@/components/checks/queued-notice';
import { useCheckPhotos } from '@/components/checks/use-check-photos';
import { usePosition } from '@/components/checks/use-position';
import { FormAlert } from '@/components/ui/form-controls';
import { Button } from '@/components/ui/button';

export type CheckFormProps = {
  /** The signed-in user, whose queue the check joins. */
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
  const photos = useCheckPhotos(draft.photoIds);
  const items = template.items;
  const draftKey = subjectKey(subject);

  // A refused check taken back from the queue is a draft again.
  useEffect(() => {
    if (!takenFromQueue) return;
    void dequeue(ownerId, draftRef.current.submissionKey);
    writeDraft(visitId, draftKey, draftRef.current);
  }, [takenFromQueue, ownerId, visitId, draftKey]);

  function update(change: (d: CheckDraft) => CheckDraft) {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraft(next);
    if (hasInput(next)) writeDraft(visitId, draftKey, next);
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
    removeDraft(visitId, draftKey);
    void deletePhotos(draftRef.current.photoIds);
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
    const entry = { payload, photoIds: current.photoIds, label: subject.label, draft: JSON.stringify(current), queuedAt: Date.now(), refusal: null };
    // Queued before the first attempt: a connection lost mid-send loses nothing.
    await enqueue(ownerId, entry);
    removeDraft(visitId, draftKey);
    setPhase('sending');
    const outcome = navigator.onLine ? await sendQueued(ownerId, entry) : ({ kind: 'offline' } as const);
    if (outcome.kind === 'sent') {
      setPhase('sent');
      router.push(`/checks/${outcome.id}`);
    } else if (outcome.kind === 'refused') {
      await dequeue(ownerId, payload.submissionKey);
      writeDraft(visitId, draftKey, current);
      setFailure(outcome.message);
      setFieldErrors(outcome.fieldErrors);
      setPhase('editing');
    } else {
      setFailure(outcome.kind === 'signedOut' ? outcome.message : null);
      setPhase('queued');
    }
  }

  if (phase === 'queued') return <QueuedNotice visitId={visitId} message={failure} />;

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
