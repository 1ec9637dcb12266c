// The list's filters as a plain GET form: every choice ends up in the URL, so a filtered list
// works without JavaScript and can be bookmarked. A new filter starts again at the first page.
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { FindingSeverity, FindingStatus, IndicatorCategory, type RegionLevel } from '@/lib/generated/prisma/enums';
import type { FindingListParams } from '@/modules/findings/list-params';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';
import { buttonClasses } from '@/components/ui/button';

export type FilterRegion = { id: string; name: string; level: RegionLevel };

const INDENT: Record<RegionLevel, string> = { PROVINCE: '', CITY: '', COUNTY: '\u3000', TOWN: '\u3000\u3000', VILLAGE: '\u3000\u3000\u3000' };

function Select({ id, label, children, defaultValue }: { id: string; label: string; children: ReactNode; defaultValue: string }) {
  return (
    <div className="min-w-0">
      <label htmlFor={`filter-${id}`} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={`filter-${id}`} name={id} defaultValue={defaultValue} className={CONTROL_CLASSES}>
        {children}
      </select>
    </div>
  );
}

export function FindingFilters({ params, regions, clearHref }: { params: FindingListParams; regions: FilterRegion[]; clearHref: string }) {
  const t = useTranslations('findings');
  const ts = useTranslations('search');
  return (
    <form method="get" action="/findings" aria-label={t('filters.title')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {params.assessmentId ? <input type="hidden" name="assessment" value={params.assessmentId} /> : null}
      {params.campaignId ? <input type="hidden" name="campaign" value={params.campaignId} /> : null}
      {params.dueThisWeek ? <input type="hidden" name="due" value="week" /> : null}
      <div className="min-w-0 sm:col-span-2 lg:col-span-3">
        <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">{ts('filter.keyword')}</label>
        <input id="filter-q" type="search" name="q" defaultValue={params.q ?? ''} maxLength={64} placeholder={ts('filter.placeholder')} className={CONTROL_CLASSES} />
      </div>
      <Select id="status" label={t('filters.status')} defaultValue={params.statuses[0] ?? ''}>
        <option value="">{t('filters.anyStatus')}</option>
        {Object.values(FindingStatus).map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
      </Select>
      <Select id="severity" label={t('filters.severity')} defaultValue={params.severities[0] ?? ''}>
        <option value="">{t('filters.anySeverity')}</option>
        {Object.values(FindingSeverity).map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
      </Select>
      <Select id="category" label={t('filters.category')} defaultValue={params.category ?? ''}>
        <option value="">{t('filters.anyCategory')}</option>
        {Object.values(IndicatorCategory).map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
      </Select>
      <Select id="region" label={t('filters.region')} defaultValue={params.regionId ?? ''}>
        <option value="">{t('filters.anyRegion')}</option>
        {regions.map((r) => <option key={r.id} value={r.id}>{`${INDENT[r.level]}${r.name}`}</option>)}
      </Select>
      <Select id="sort" label={t('filters.sort')} defaultValue={params.sort}>
        <option value="newest">{t('filters.sortNewest')}</option>
        <option value="oldest">{t('filters.sortOldest')}</option>
        <option value="severity">{t('filters.sortSeverity')}</option>
      </Select>
      <div className="flex items-center gap-2 self-end py-2">
        <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={params.overdue} className="size-4" />
        <label htmlFor="filter-overdue" className="text-sm text-slate-800">{t('filters.overdue')}</label>
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-3">
        <button type="submit" className={buttonClasses()}>{t('filters.apply')}</button>
        <a href={clearHref} className={buttonClasses({ variant: 'ghost' })}>{t('filters.clear')}</a>
      </div>
    </form>
  );
}
