// Inputs for finding writes, shared by forms and server. Files arrive as multipart form data
// through the route handlers (route-handlers.ts); everything else through server actions.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { FindingSeverity, IndicatorCategory } from '@/lib/generated/prisma/enums';
import { APPEAL_WINDOW_DAYS } from '@/modules/findings/rules';
import { zPhotoIds } from '@/modules/field-photos/schema';
import { ZPosition } from '@/modules/field-proof/schema';

const ZId = z.string().min(1).max(64);
const ZVersion = zVersion();
const ZText = (max: number) => z.string().trim().min(1).max(max);
/** An optional id from a select: '' means none. */
const ZOptionalId = z.string().max(64).nullish().transform((s) => s || null);

const ZFindingFields = z.object({
  regionId: ZId,
  indicatorId: ZOptionalId,
  category: z.enum(IndicatorCategory),
  severity: z.enum(FindingSeverity),
  title: ZText(200),
  description: ZText(8000),
});

export const ZCreateFindingInput = ZFindingFields.extend({
  assessmentId: ZId,
  checkId: ZOptionalId,
  siteVisitId: ZOptionalId,
});
export type TCreateFindingInput = z.input<typeof ZCreateFindingInput>;

export const ZUpdateFindingInput = ZFindingFields.extend({ id: ZId, version: ZVersion });
export type TUpdateFindingInput = z.input<typeof ZUpdateFindingInput>;

/** Photos a finding made in the field may carry. */
export const MAX_FIELD_FINDING_PHOTOS = 6;

// From the field app: an indicator or a category (the indicator's category wins, as in the form).
const ZFieldFindingFields = ZFindingFields.extend({ category: z.enum(IndicatorCategory).nullish().transform((v) => v ?? null) });
const indicatorOrCategory = (v: { indicatorId: string | null; category: string | null }) => v.indicatorId !== null || v.category !== null;
const CATEGORY = { message: 'required', path: ['category'] };

/** A finding recorded on a device (POST /api/findings): its own submission key, staged photos and proof of the visit. */
export const ZFieldFindingInput = ZFieldFindingFields.extend({
  submissionKey: z.uuid(),
  assessmentId: ZId,
  checkId: ZOptionalId,
  siteVisitId: ZOptionalId,
  photoIds: zPhotoIds(MAX_FIELD_FINDING_PHOTOS),
  position: ZPosition.nullish().transform((v) => v ?? null),
  /** Device times: when the assessor saved it, and when the device sent it. */
  recordedAt: z.coerce.date(),
  deviceSentAt: z.coerce.date(),
}).refine(indicatorOrCategory, CATEGORY);
export type TFieldFindingInput = z.input<typeof ZFieldFindingInput>;

/** An edit from a device (PATCH /api/findings/[id]) on the version it started from; photos are added as evidence. */
export const ZEditFieldFindingInput = ZFieldFindingFields.extend({
  id: ZId,
  version: ZVersion,
  photoIds: zPhotoIds(MAX_FIELD_FINDING_PHOTOS).default([]),
}).refine(indicatorOrCategory, CATEGORY);
export type TEditFieldFindingInput = z.input<typeof ZEditFieldFindingInput>;

/** A lifecycle step on the version of the finding the user is looking at. */
export const ZFindingStepInput = z.object({ id: ZId, version: ZVersion });
export type TFindingStepInput = z.input<typeof ZFindingStepInput>;

const ZAppealWindow = z.coerce.number().int().min(APPEAL_WINDOW_DAYS.min).max(APPEAL_WINDOW_DAYS.max);

export const ZIssueFindingInput = ZFindingStepInput.extend({ appealWindowDays: ZAppealWindow });
export type TIssueFindingInput = z.input<typeof ZIssueFindingInput>;

/** Closing (销号) takes an optional note on what was verified; empty means none. */
export const ZCloseFindingInput = ZFindingStepInput.extend({ note: z.string().trim().max(4000).nullish().transform((s) => s || null) });
export type TCloseFindingInput = z.input<typeof ZCloseFindingInput>;

export const ZReturnFindingInput = ZFindingStepInput.extend({ comment: ZText(4000) });
export type TReturnFindingInput = z.input<typeof ZReturnFindingInput>;

export const ZDecideAppealInput = ZFindingStepInput.extend({
  decision: z.enum(['uphold', 'withdraw']),
  note: ZText(4000),
});
export type TDecideAppealInput = z.input<typeof ZDecideAppealInput>;

export const BULK_LIMIT = 200;

export const ZBulkFindingsInput = z.object({
  action: z.enum(['confirm', 'issue']),
  items: z.array(ZFindingStepInput).min(1).max(BULK_LIMIT),
  appealWindowDays: ZAppealWindow.default(APPEAL_WINDOW_DAYS.default),
});
export type TBulkFindingsInput = z.input<typeof ZBulkFindingsInput>;

export const MAX_FILES_PER_SUBMISSION = 5;
/** Evidence sent with a submission (an appeal, a proof of completion): at least one file. */
export const ZFiles = z.array(z.instanceof(File)).min(1).max(MAX_FILES_PER_SUBMISSION);

export const ZUploadEvidenceInput = z.object({ findingId: ZId, file: z.instanceof(File) });

export const ZRemoveEvidenceInput = z.object({ findingId: ZId, attachmentId: ZId });
export type TRemoveEvidenceInput = z.input<typeof ZRemoveEvidenceInput>;

export const ZAppealFindingInput = ZFindingStepInput.extend({ reason: ZText(4000), files: ZFiles });
