'use client';

// The group leader sets a report's deadline; for a report the officials have not opened yet,
// setting it creates the (empty) report, so the deadline shows in their tasks.
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { toLocalDateInput } from '@/lib/local-time';
import { prepareReportAction, setReportDeadlineAction } from '@/modules/reports/actions';
import { CONTROL_CLASSES, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';

type Target =
  | { reportId: string; version: number }
  | { assessmentId: string; kind: WorkReportKind; reportingRegionId: string };

export function DeadlineForm({ target, deadline }: { target: Target; deadline: Date | null }) {
  const t = useTranslations('reports.deadlineForm');
  const router = useRouter();
  const id = useId();
  const [day, setDay] = useState(deadline ? toLocalDateInput(deadline) : '');
  const { pending, failure, submit } = useSubmit();
  const creating = !('reportId' in target);

  async function save(event: FormEvent) {
    event.preventDefault();
    const ok =
      'reportId' in target
        ? await submit(() => setReportDeadlineAction({ reportId: target.reportId, version: target.version, deadline: day }))
        : await submit(() => prepareReportAction({ ...target, deadline: day }));
    if (ok) router.refresh();
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
          onChange={(e) => setDay(e.target.value)}
        />
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {creating ? t('create') : t('save')}
      </Button>
      <div className="basis-full">
        <FormAlert message={error ?? failure?.message} />
      </div>
    </form>
  );
}
