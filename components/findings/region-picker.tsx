'use client';

// Picks a region under the assessment's target one level at a time (county → town → village):
// each select lists the children of the region chosen above it. Stopping early picks the region
// chosen last (or the target itself). Works with the keyboard, one select per row on a phone.
import { useTranslations } from 'next-intl';
import type { RegionLevel } from '@/lib/generated/prisma/enums';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';

export type PickableRegion = { id: string; name: string; level: RegionLevel; parentId: string | null };

function chainTo(regions: Map<string, PickableRegion>, rootId: string, id: string | null): string[] {
  const chain: string[] = [];
  for (let at = id ? regions.get(id) : undefined; at && at.id !== rootId; at = at.parentId ? regions.get(at.parentId) : undefined) chain.unshift(at.id);
  return [rootId, ...chain];
}

export function RegionPicker({ id, regions, rootId, value, onChange, describedBy, invalid }: {
  id: string;
  regions: PickableRegion[];
  rootId: string;
  value: string | null;
  onChange: (regionId: string) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const t = useTranslations();
  const byId = new Map(regions.map((r) => [r.id, r]));
  const chain = chainTo(byId, rootId, value);
  const childrenOf = (parentId: string) => regions.filter((r) => r.parentId === parentId);
  const levels = chain.map((parentId, depth) => ({ parentId, depth, options: childrenOf(parentId) })).filter((l) => l.options.length > 0);

  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {levels.map(({ parentId, depth, options }) => {
        const selectId = depth === 0 ? id : `${id}-${depth}`;
        return (
          <div key={parentId} className="min-w-0">
            <label htmlFor={selectId} className="block text-sm text-slate-700">{t(`regionLevel.${options[0]!.level}`)}</label>
            <select
              id={selectId}
              className={CONTROL_CLASSES}
              value={chain[depth + 1] ?? ''}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(event) => onChange(event.target.value || parentId)}
            >
              <option value="">{t('findings.form.anyBelow')}</option>
              {options.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          </div>
        );
      })}
    </div>
  );
}
