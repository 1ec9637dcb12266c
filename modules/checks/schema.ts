// A household check as the phone sends it: JSON naming the photos it uploaded beforehand
// (/api/field-photos). Shared by the form (which builds the payload) and the server.
import { z } from 'zod';
import { zPhotoIds } from '@/modules/field-photos/schema';
import { ZPosition } from '@/modules/field-proof/schema';
import { MAX_CHECK_PHOTOS } from '@/modules/checks/photo-limit';


const ZId = z.string().min(1).max(64);
const ZOptionalText = (max: number) => z.string().trim().max(max).nullish().transform((s) => s || null);

export const ZCheckAnswer = z.object({
  valueBool: z.boolean().nullish().transform((v) => v ?? null),
  /** A decimal as typed; checked against the item in rules.answerProblems. */
  valueNumber: ZOptionalText(24),
  valueText: ZOptionalText(2000),
  note: ZOptionalText(2000),
});

const ZCheckFields = z.object({
  /** Made on the device before the first attempt; a retry sends the same key. */
  submissionKey: z.uuid(),
  siteVisitId: ZId,
  /** What was checked: a household on the visit's list, or (a village check) a village of the visit. Exactly one. */
  householdId: ZId.nullish().transform((v) => v ?? null),
  villageId: ZId.nullish().transform((v) => v ?? null),
  templateId: ZId,
  /** item id → answer; unanswered items are left out. */
  answers: z.record(ZId, ZCheckAnswer).refine((a) => Object.keys(a).length > 0 && Object.keys(a).length <= 200, { message: 'required' }),
  /** Device times: when the form was opened and when it was submitted. */
  startedAt: z.coerce.date(),
  finishedAt: z.coerce.date(),
  /** Measured on the device; a week at most (a check kept open offline that long is still one visit). */
  durationSeconds: z.number().int().min(0).max(7 * 86_400),
  position: ZPosition.nullish().transform((v) => v ?? null),
});

const inOrder = (v: { startedAt: Date; finishedAt: Date }) => v.finishedAt >= v.startedAt;
const ORDER = { message: 'invalid_value', path: ['finishedAt'] };
const oneSubject = (v: { householdId: string | null; villageId: string | null }) => (v.householdId === null) !== (v.villageId === null);
const SUBJECT = { message: 'required', path: ['householdId'] };

export const ZCheckPayload = ZCheckFields.refine(inOrder, ORDER).refine(oneSubject, SUBJECT);
export type TCheckPayload = z.input<typeof ZCheckPayload>;
export type TCheckAnswer = z.input<typeof ZCheckAnswer>;

/** What the device sends: the payload, its staged photos in order, and its clock at the moment of sending. */
export const ZSubmitCheckInput = ZCheckFields.extend({ photoIds: zPhotoIds(MAX_CHECK_PHOTOS), deviceSentAt: z.coerce.date() })
  .refine(inOrder, ORDER)
  .refine(oneSubject, SUBJECT);
export type TSubmitCheckInput = z.input<typeof ZSubmitCheckInput>;

/** A site visit to take onto the device before going where the network does not reach. */
export const ZPrepareVisitOfflineInput = z.object({ siteVisitId: ZId });
export type TPrepareVisitOfflineInput = z.input<typeof ZPrepareVisitOfflineInput>;
