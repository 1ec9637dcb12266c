// 会议通知: the meeting as a one-page notice for printing on A4 — title, time, place, chair,
// the agenda with presenters and durations, and who attends.
import { useFormatter, useTranslations } from 'next-intl';
import type { MeetingDetail } from '@/modules/meetings/queries';
import { presenterOf } from '@/components/meetings/person-label';
import { TableScroll } from '@/components/ui/table-scroll';

export function MeetingNotice({ meeting }: { meeting: MeetingDetail }) {
  const t = useTranslations('meetings');
  const format = useFormatter();
  const { assessment } = meeting;
  const cell = 'border border-slate-400 px-2 py-1.5 align-top';
  return (
    <article className="mx-auto max-w-[210mm] bg-white p-6 text-slate-900 shadow-sm sm:p-10 print:max-w-none print:p-0 print:shadow-none">
      <p className="text-center text-sm tracking-widest text-slate-600">{t('notice.heading')}</p>
      <h1 className="mt-2 text-center text-2xl font-bold break-words">{meeting.title}</h1>
      <p className="mt-1 text-center text-sm text-slate-600">
        {t('eyebrow', { campaign: assessment.campaign.name, number: assessment.group.number, region: assessment.targetRegion.name })}
      </p>
      <dl className="mt-8 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">{t('form.startsAt')}</dt>
        <dd>{format.dateTime(meeting.startsAt, { dateStyle: 'full', timeStyle: 'short' })}</dd>
        <dt className="font-medium">{t('form.place')}</dt>
        <dd className="break-words">{meeting.place}</dd>
        <dt className="font-medium">{t('form.chair')}</dt>
        <dd>{meeting.chair ? [meeting.chair.displayName, meeting.chair.title].filter(Boolean).join(' ') : t('form.noChair')}</dd>
      </dl>

      <h2 className="mt-8 text-lg font-semibold">{t('agenda.title')}</h2>
      {meeting.agendaItems.length === 0 ? (
        <p className="mt-2">{t('agenda.empty')}</p>
      ) : (
        <TableScroll label={t('agenda.title')} className="mt-2">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className={`${cell} w-12`}>{t('notice.number')}</th>
                <th scope="col" className={cell}>{t('agenda.itemTitle')}</th>
                <th scope="col" className={cell}>{t('agenda.presenter')}</th>
                <th scope="col" className={`${cell} w-20`}>{t('notice.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.agendaItems.map((item, index) => {
                const presenter = presenterOf(item);
                return (
                  <tr key={item.id}>
                    <td className={`${cell} text-center tabular-nums`}>{index + 1}</td>
                    <td className={cell}>{item.title}</td>
                    <td className={cell}>{[presenter.name, presenter.detail].filter(Boolean).join(' · ')}</td>
                    <td className={`${cell} text-center`}>{item.durationMinutes ? t('agenda.minutes', { count: item.durationMinutes }) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h2 className="mt-8 text-lg font-semibold">{t('attendees.title')}</h2>
      {meeting.attendees.length === 0 ? (
        <p className="mt-2">{t('attendees.empty')}</p>
      ) : (
        <ul className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
          {meeting.attendees.map((a) => (
            <li key={a.id} className="break-words">
              {a.name}
              {a.organisation || a.title ? <span className="text-slate-600">（{[a.organisation, a.title].filter(Boolean).join(' ')}）</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-10 text-right text-sm">{t('notice.issuer', { name: assessment.group.name })}</p>
    </article>
  );
}
