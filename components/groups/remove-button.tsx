'use client';

// A confirmed removal within a group card: a person from the group, or a target that has not started.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/app-error';
import { removeMemberAction, unassignTargetAction } from '@/modules/groups/actions';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props =
  | { kind: 'member'; groupId: string; userId: string; name: string }
  | { kind: 'target'; assessmentId: string; version: number; name: string };

export function RemoveButton(props: Props) {
  const t = useTranslations(`groups.remove.${props.kind}`);
  const tc = useTranslations('groups.remove');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();

  async function onConfirm() {
    const call = (): Promise<ActionResult<unknown>> =>
      props.kind === 'member'
        ? removeMemberAction({ groupId: props.groupId, userId: props.userId })
        : unassignTargetAction({ assessmentId: props.assessmentId, version: props.version });
    if (await submit(call)) router.refresh();
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <ConfirmAction
        label={t('label')}
        ariaLabel={t('ariaLabel', { name: props.name })}
        question={t('question', { name: props.name })}
        confirmLabel={tc('confirm')}
        cancelLabel={tc('cancel')}
        onConfirm={onConfirm}
        pending={pending}
        variant="ghost"
        size="sm"
      />
      <FormAlert message={failure?.message} />
    </div>
  );
}
