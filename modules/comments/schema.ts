// Inputs for comments on work reports: reviewers comment (optionally on a section, an
// indicator or a detail); officials reply to a reviewer's comment.
import { z } from 'zod';
import { ANCHOR_PATTERN } from '@/modules/reports/rules';

const ZId = z.string().min(1).max(64);
const ZBody = z.string().trim().min(1).max(4000);

export const ZAddReportCommentInput = z.object({
  reportId: ZId,
  body: ZBody,
  anchor: z.string().regex(ANCHOR_PATTERN).nullish(),
  parentId: ZId.nullish(),
});
export type TAddReportCommentInput = z.input<typeof ZAddReportCommentInput>;

export const ZReplyToReportCommentInput = z.object({ reportId: ZId, parentId: ZId, body: ZBody });
export type TReplyToReportCommentInput = z.input<typeof ZReplyToReportCommentInput>;
