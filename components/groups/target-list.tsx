import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { GroupItem } from '@/modules/groups/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { RemoveButton } from '@/components/groups/remove-button';

type Target = GroupItem['assessments'][number];

/** Unassigning is offered only while nothing has happened in the assessment (the server checks again). */
function isUntouched(target: Target): boolean {
  return target.status === 'PLANNED' && Object.values(target._count).every((n) => n === 0);
}

export function TargetList({ targets, editable }: { targets: Target[]; editable: boolean }) {
  const t = useTranslations();
  if (targets.length === 0) return <EmptyState title={t('groups.targets.empty')} description={t('groups.targets.emptyDescription')} />;
  return (
    <ul className="divide-y divide-slate-200">
      {targets.map((target) => (
        <li key={target.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2">
          <span className="min-w-0">
            <span className="flex flex-wrap items-center gap-2">
              <Link href={`/assessments/${target.id}`} className="font-medium break-words text-blue-700 hover:underline">
                {target.targetRegion.name}
              </Link>
              <StatusBadge status={target.status} />
              {target.drawId ? <Badge tone="violet">{t('groups.targets.drawn')}</Badge> : null}
            </span>
            <span className="block text-sm text-slate-600">{t(`regionLevel.${target.targetRegion.level}`)}</span>
          </span>
          {editable && isUntouched(target) ? (
            <RemoveButton kind="target" assessmentId={target.id} version={target.version} name={target.targetRegion.name} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
