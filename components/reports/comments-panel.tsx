'use client';

// Review comments on a report: reviewers of the group comment (on the whole report, a section,
// an indicator or a detail); officials of the reporting region answer; replies sit under them.
import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import type { ReportComment } from '@/modules/comments/queries';
import { addReportCommentAction, replyToReportCommentAction } from '@/modules/comments/actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { CommentForm, type AnchorOption } from '@/components/reports/comment-form';

type Comment = Omit<ReportComment, 'replies'>;

export function CommentsPanel({
  reportId,
  comments,
  anchors,
  canReview,
  canReply,
}: {
  reportId: string;
  comments: ReportComment[];
  anchors: AnchorOption[];
  canReview: boolean;
  canReply: boolean;
}) {
  const t = useTranslations('reports.comments');
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  const labelOf = new Map(anchors.map((a) => [a.value, a.label]));
  const reply = (parentId: string, body: string) =>
    canReview ? addReportCommentAction({ reportId, parentId, body }) : replyToReportCommentAction({ reportId, parentId, body });

  return (
    <div className="space-y-4">
      {comments.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <ol className="space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 p-3">
              <CommentBody comment={c} about={c.anchor ? (labelOf.get(c.anchor) ?? c.anchor) : t('general')} />
              {c.replies.length > 0 ? (
                <ol className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
                  {c.replies.map((r) => (
                    <li key={r.id}>
                      <CommentBody comment={r} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {canReview || canReply ? (
                replyingTo === c.id ? (
                  <div className="mt-3">
                    <CommentForm
                      label={t('replyLabel')}
                      submitLabel={t('sendReply')}
                      onSubmit={({ body }) => reply(c.id, body)}
                      onDone={() => setReplyingTo(null)}
                    />
                  </div>
                ) : (
                  <Button size="sm" variant="ghost" className="mt-2" onClick={() => setReplyingTo(c.id)}>
                    {t('reply')}
                  </Button>
                )
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {canReview ? (
        <div className="border-t border-slate-200 pt-4">
          <CommentForm
            label={t('newLabel')}
            submitLabel={t('send')}
            anchors={anchors}
            onSubmit={({ body, anchor }) => addReportCommentAction({ reportId, body, anchor })}
          />
        </div>
      ) : null}
    </div>
  );
}

function CommentBody({ comment, about }: { comment: Comment; about?: string }) {
  const t = useTranslations('reports.comments');
  const format = useFormatter();
  return (
    <div>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="font-medium text-slate-900">{comment.author.displayName}</span>
        {comment.author.title ? <span className="text-slate-500">{comment.author.title}</span> : null}
        <span className="text-slate-500">{format.dateTime(comment.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
        {comment.revision ? <Badge>{t('onRevision', { revision: comment.revision })}</Badge> : null}
        {about ? <Badge tone="sky">{about}</Badge> : null}
      </p>
      <p className="mt-1 text-sm whitespace-pre-wrap text-slate-800">{comment.body}</p>
    </div>
  );
}
