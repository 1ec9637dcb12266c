'use client';

// The group leader sets a report's deadline; for a report the officials have not opened yet,
// setting it creates the (empty) report, so the deadline shows in their tasks. The report's version
// also moves with the officials' draft saves: a conflict merges the chosen day onto the new version.
import { useId, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { toLocalDateInput } from '@/lib/local-time';
import { prepareReportAction, setReportDeadlineAction } from '@/modules/reports/actions';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { plainCodec, useVersionedDraft } from '@/components/drafts/use-versioned-draft';

type DeadlineText = { deadline: string };
const CODEC = plainCodec<DeadlineText>();

type Target =
  | { reportId: string; version: number }
  | { assessmentId: string; kind: WorkReportKind; reportingRegionId: string };

export function DeadlineForm({ target, deadline }: { target: Target; deadline: Date | null }) {
  const t = useTranslations('reports.deadlineForm');
  const router = useRouter();
  const id = useId();
  const draft = useVersionedDraft({
    recordKey: 'reportId' in target ? `report-deadline:${target.reportId}` : `report-deadline:${target.assessmentId}:${target.kind}:${target.reportingRegionId}`,
    version: 'reportId' in target ? target.version : 0,
    values: { deadline: deadline ? toLocalDateInput(deadline) : '' },
    codec: CODEC,
  });
  const day = draft.mine.deadline;
  const { pending, failure, submit } = useSubmit();
  const creating = !('reportId' in target);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (draft.conflicts.length > 0) return;
    const ok =
      'reportId' in target
        ? await submit(async () => draft.checkConflict(await setReportDeadlineAction({ reportId: target.reportId, version: draft.version, deadline: day })))
        : await submit(() => prepareReportAction({ ...target, deadline: day }));
    if (ok) {
      draft.markSaved({ deadline: day }, 'version' in ok ? ok.version : draft.version);
      router.refresh();
    }
  }

  const error = failure?.fieldErrors?.deadline?.join(' ');
  return (
    <form onSubmit={save} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">{t('label')}</label>
        <input
          id={id}
          type="date"
          className={CONTROL_CLASSES}
          value={day}
          required={creating}
          aria-invalid={error ? true : undefined}
          onChange={(e) => draft.update(() => ({ deadline: e.target.value }))}
        />
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || draft.conflicts.length > 0}>
        {creating ? t('create') : t('save')}
      </Button>
      <div className="basis-full">
        <FormAlert message={error ?? (failure?.code === 'CONFLICT' ? null : failure?.message)} />
        <DraftNotices draft={draft} labelOf={() => t('label')} />
      </div>
    </form>
  );
}
