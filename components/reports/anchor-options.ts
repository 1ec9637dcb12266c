// What a review comment can be about: a narrative section, an indicator or a paired-assistance
// detail. The values are the Comment.anchor strings ('section:workDone', 'indicator:PR-01', 'detail:exitRate').
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import { PAIRED_DETAIL_FIELDS } from '@/modules/reports/details';
import { NARRATIVE_SECTIONS } from '@/modules/reports/rules';
import type { AnchorOption } from '@/components/reports/comment-form';
import type { Translate } from '@/components/reports/draft-payload';
import { indicatorName } from '@/components/reports/indicator-name';

export function anchorOptions(
  kind: WorkReportKind,
  indicators: readonly { code: string; name: string; nameEn: string | null }[],
  t: Translate,
  locale: string,
): AnchorOption[] {
  return [
    ...NARRATIVE_SECTIONS[kind].map((s) => ({ value: `section:${s}`, label: t(`reports.section.${s}`) })),
    ...indicators.map((i) => ({ value: `indicator:${i.code}`, label: `${i.code} ${indicatorName(i, locale)}` })),
    ...(kind === 'PAIRED_ASSISTANCE'
      ? PAIRED_DETAIL_FIELDS.map((f) => ({ value: `detail:${f.key}`, label: t(`reports.details.field.${f.key}`) }))
      : []),
  ];
}

/** Comment counts per anchor, replies not counted. */
export function countByAnchor(comments: readonly { anchor: string | null }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of comments) if (c.anchor) counts[c.anchor] = (counts[c.anchor] ?? 0) + 1;
  return counts;
}
