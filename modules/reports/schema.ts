// Inputs for work report writes, shared by forms and server. Figures arrive as typed (text);
// the mutation checks each against its indicator's type with parseIndicatorValue.
import { z } from 'zod';
import { localDayBounds } from '@/lib/local-time';
import { zVersion } from '@/lib/zod-numbers';
import { COUNTY_FIGURE_FIELDS } from '@/modules/reports/county-figures';
import { PAIRED_DETAIL_FIELDS } from '@/modules/reports/details';
import { NARRATIVE_MAX } from '@/modules/reports/narrative-limit';

const ZId = z.string().min(1).max(64);
const ZVersion = zVersion();
const ZRawFigure = z.union([z.string().max(64), z.number()]).nullable();

export const ZValuePeriod = z.enum(['BASELINE', 'CUMULATIVE', 'THIS_YEAR']);
export const ZReportKind = z.enum(['WORK', 'PAIRED_ASSISTANCE']);


/** The paired-assistance details as typed: only the known fields (typed checks follow in the mutation). */
export const ZPairedDetailsInput = z.strictObject(
  Object.fromEntries(PAIRED_DETAIL_FIELDS.map((field) => [field.key, ZRawFigure.optional()])),
);

/** Per helper × county figures (the server checks the pair against the pairings, each figure against its type). */
export const ZCountyFiguresInput = z.strictObject({
  helperRegionId: ZId,
  countyId: ZId,
  fundsGiven: ZRawFigure.optional(),
  countyTeams: ZRawFigure.optional(),
  villageTeams: ZRawFigure.optional(),
  staffStationed: ZRawFigure.optional(),
} satisfies Record<'helperRegionId' | 'countyId' | (typeof COUNTY_FIGURE_FIELDS)[number]['key'], z.ZodType>);

export const ZSaveReportDraftInput = z.object({
  reportId: ZId,
  version: ZVersion,
  values: z
    .array(
      z.object({
        indicatorId: ZId,
        period: ZValuePeriod,
        value: ZRawFigure,
        source: z.string().trim().max(500).nullish(),
      }),
    )
    .max(2000)
    .optional(),
  narrative: z.record(z.string().max(40), z.string().max(NARRATIVE_MAX)).optional(),
  details: ZPairedDetailsInput.optional(),
  scope: z.array(ZId).max(2000).optional(),
  county: z.array(ZCountyFiguresInput).max(500).optional(),
});
export type TSaveReportDraftInput = z.input<typeof ZSaveReportDraftInput>;

export const ZReportVersionInput = z.object({ reportId: ZId, version: ZVersion });
export type TReportVersionInput = z.input<typeof ZReportVersionInput>;

export const ZReturnReportInput = ZReportVersionInput.extend({ comment: z.string().trim().min(1).max(4000) });
export type TReturnReportInput = z.input<typeof ZReturnReportInput>;

export const ZOpenOwnReportInput = z.object({ assessmentId: ZId, kind: ZReportKind });
export type TOpenOwnReportInput = z.input<typeof ZOpenOwnReportInput>;

/** A date picked in the form means the end of that day in the assessment's time zone, when offices close. */
const ZDeadline = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((day, ctx) => {
    const bounds = localDayBounds(day);
    if (!bounds) {
      ctx.addIssue({ code: 'custom', message: 'invalid_format' });
      return z.NEVER;
    }
    return bounds.end;
  });

export const ZPrepareReportInput = z.object({
  assessmentId: ZId,
  kind: ZReportKind,
  reportingRegionId: ZId,
  deadline: ZDeadline,
});
export type TPrepareReportInput = z.input<typeof ZPrepareReportInput>;

export const ZSetReportDeadlineInput = ZReportVersionInput.extend({
  deadline: z.union([z.literal('').transform(() => null), ZDeadline]),
});
export type TSetReportDeadlineInput = z.input<typeof ZSetReportDeadlineInput>;
