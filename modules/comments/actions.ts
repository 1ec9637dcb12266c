'use server';
// Comment server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { addReportComment, replyToReportComment } from '@/modules/comments/mutations';
import { ZAddReportCommentInput, ZReplyToReportCommentInput } from '@/modules/comments/schema';

export const addReportCommentAction = action({
  schema: ZAddReportCommentInput,
  permission: 'report.review',
  run: addReportComment,
  revalidate: ['/'],
});

export const replyToReportCommentAction = action({
  schema: ZReplyToReportCommentInput,
  permission: 'report.write',
  run: replyToReportComment,
  revalidate: ['/'],
});
