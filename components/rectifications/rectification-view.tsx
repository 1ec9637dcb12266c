// What the region has done about a finding: its plan (the deadline marked when passed), the
// progress it reported, the comments of assessors who returned it, and its proof of completion.
import { useFormatter, useTranslations } from 'next-intl';
import type { FindingDetail } from '@/modules/findings/queries';
import { Detail } from '@/components/assessment/detail';
import { AttachmentGallery } from '@/components/findings/attachment-gallery';

type Props = {
  findingId: string;
  rectification: NonNullable<FindingDetail['rectification']>;
  returns: FindingDetail['comments'];
  overdue: boolean;
  showLocation: boolean;
};

export function RectificationView({ findingId, rectification: r, returns, overdue, showLocation }: Props) {
  const t = useTranslations('findings.rectification');
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  return (
    <div className="space-y-5">
      <section>
        <h3 className="mb-2 font-medium text-slate-900">{t('plan')}</h3>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <Detail label={t('leadUnit')}>{r.leadUnit}</Detail>
          {r.responsibleUnits ? <Detail label={t('responsibleUnits')}>{r.responsibleUnits}</Detail> : null}
          <Detail label={t('personInCharge')}>{r.personInCharge}</Detail>
          <Detail label={t('deadline')}>
            <span className={overdue ? 'font-medium text-red-700' : undefined}>{overdue ? t('overdueSince', { date: day(r.deadline) }) : day(r.deadline)}</span>
          </Detail>
          <div className="sm:col-span-2">
            <Detail label={t('measures')}><span className="whitespace-pre-wrap">{r.measures}</span></Detail>
          </div>
        </dl>
      </section>
      <section>
        <h3 className="mb-2 font-medium text-slate-900">{t('progress')}</h3>
        {r.updates.length === 0 ? (
          <p className="text-sm text-slate-500">{t('noProgress')}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {r.updates.map((u) => (
              <li key={u.id} className="rounded-md bg-slate-50 px-3 py-2">
                <p className="whitespace-pre-wrap text-slate-900">{u.note}</p>
                <p className="text-slate-500">{t('progressBy', { name: u.author.displayName, date: format.dateTime(u.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      {returns.length > 0 ? (
        <section>
          <h3 className="mb-2 font-medium text-slate-900">{t('returned')}</h3>
          <ol className="space-y-2 text-sm">
            {returns.map((c) => (
              <li key={c.id} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
                <p className="whitespace-pre-wrap text-amber-950">{c.body}</p>
                <p className="text-amber-800">{t('progressBy', { name: c.author.displayName, date: format.dateTime(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {r.proofNote || r.attachments.length > 0 ? (
        <section>
          <h3 className="mb-2 font-medium text-slate-900">{t('proof')}</h3>
          {r.proofNote ? <p className="mb-2 text-sm whitespace-pre-wrap text-slate-900">{r.proofNote}</p> : null}
          <AttachmentGallery findingId={findingId} items={r.attachments} showLocation={showLocation} />
        </section>
      ) : null}
    </div>
  );
}
