'use client';

// "Write our report": creates the officials' report on first open and goes to it.
import { useRouter } from 'next/navigation';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { openOwnReportAction } from '@/modules/reports/actions';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { Button } from '@/components/ui/button';

export function OpenReportButton({ assessmentId, kind, label }: { assessmentId: string; kind: WorkReportKind; label: string }) {
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  async function open() {
    const data = await submit(() => openOwnReportAction({ assessmentId, kind }));
    if (data) router.push(`/reports/${data.id}`);
  }
  return (
    <div className="space-y-2">
      <Button onClick={open} disabled={pending}>{label}</Button>
      <FormAlert message={failure?.message} />
    </div>
  );
}
