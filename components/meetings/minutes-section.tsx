// The minutes as the actor may have them: an editor for the group's writers (a published text
// only for who may publish), the published text for everyone else, or a note that there is none yet.
import { useFormatter, useTranslations } from 'next-intl';
import type { MeetingDetail } from '@/modules/meetings/queries';
import { canEditMinutes } from '@/modules/meetings/rules';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { MinutesEditor } from '@/components/meetings/minutes-editor';

export function MinutesSection({ meeting, frozen }: { meeting: MeetingDetail; frozen: boolean }) {
  const t = useTranslations('meetings.minutes');
  const format = useFormatter();
  const { abilities, minutes, minutesStatus } = meeting;
  const editable = !frozen && canEditMinutes(minutesStatus, { write: abilities.writeMinutes, publish: abilities.publishMinutes });
  const text = minutes?.minutes ?? '';
  const byline = [
    minutes?.minutesAuthor ? t('author', { name: minutes.minutesAuthor.displayName }) : null,
    minutes?.minutesPublishedAt ? t('publishedAt', { date: format.dateTime(minutes.minutesPublishedAt, { dateStyle: 'long', timeStyle: 'short' }) }) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={minutesStatus === 'PUBLISHED' ? 'green' : 'neutral'}>{t(`status.${minutesStatus}`)}</Badge>
        {minutes && byline.length > 0 ? <span className="text-sm text-slate-600">{byline.join(' · ')}</span> : null}
      </div>
      {editable ? (
        <MinutesEditor meetingId={meeting.id} version={meeting.version} status={minutesStatus} saved={text} canPublish={abilities.publishMinutes} />
      ) : minutes && text ? (
        <div className="space-y-2">
          <p className="break-words whitespace-pre-wrap text-slate-900">{text}</p>
          {abilities.writeMinutes && !frozen ? <p className="text-sm text-slate-600">{t('publishedLeaderOnly')}</p> : null}
        </div>
      ) : (
        <EmptyState title={minutesStatus === 'PUBLISHED' ? t('emptyPublished') : t('notPublished')} />
      )}
    </div>
  );
}
