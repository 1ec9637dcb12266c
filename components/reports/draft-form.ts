// The report form's values, and how they are merged: figures, sources, narrative and details
// field by field (empty text is the same as nothing typed), the helped scope as a set (regions
// added on each side are all kept).
import type { MergeRecord } from '@/lib/merge/three-way';
import type { DraftCodec } from '@/components/drafts/use-versioned-draft';

export type DraftForm = {
  /** `${indicatorId}.${period}` → the figure as typed. */
  values: Record<string, string>;
  /** indicatorId → data source. */
  sources: Record<string, string>;
  narrative: Record<string, string>;
  details: Record<string, string>;
  /** `${helperRegionId}.${countyId}.${field}` → per-county paired-assistance figure as typed. */
  county: Record<string, string>;
  scope: string[];
};

const typed = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
const text = (value: unknown) => (value ?? {}) as Record<string, string>;

export const REPORT_DRAFT_CODEC: DraftCodec<DraftForm> = {
  encode: (form) => ({
    values: typed(form.values),
    sources: typed(form.sources),
    narrative: typed(form.narrative),
    details: typed(form.details),
    county: typed(form.county),
    scope: Object.fromEntries(form.scope.map((id) => [id, true])),
  }),
  decode: (record: MergeRecord) => ({
    values: text(record.values),
    sources: text(record.sources),
    narrative: text(record.narrative),
    details: text(record.details),
    county: text(record.county),
    scope: Object.keys(record.scope ?? {}),
  }),
};
