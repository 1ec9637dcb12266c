// The region's appeals against a finding: reasons, evidence and the leader's decision.
import { useFormatter, useTranslations } from 'next-intl';
import type { FindingDetail } from '@/modules/findings/queries';
import { AttachmentGallery } from '@/components/findings/attachment-gallery';

export function AppealView({ findingId, appeals, showLocation }: { findingId: string; appeals: FindingDetail['appeals']; showLocation: boolean }) {
  const t = useTranslations('findings.appeal');
  const format = useFormatter();
  const at = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ol className="space-y-4">
      {appeals.map((a) => (
        <li key={a.id} className="space-y-2 text-sm">
          <p className="text-slate-500">{t('submittedBy', { name: a.submittedBy.displayName, date: at(a.submittedAt) })}</p>
          <p className="whitespace-pre-wrap text-slate-900">{a.reason}</p>
          <AttachmentGallery findingId={findingId} items={a.attachments} showLocation={showLocation} />
          {a.decision ? (
            <div className="rounded-md bg-slate-50 px-3 py-2">
              <p className="font-medium text-slate-900">{t(`decision.${a.decision}`)}</p>
              {a.decisionNote ? <p className="whitespace-pre-wrap text-slate-800">{a.decisionNote}</p> : null}
              {a.decidedAt ? <p className="text-slate-500">{t('decidedBy', { name: a.decidedBy?.displayName ?? '', date: at(a.decidedAt) })}</p> : null}
            </div>
          ) : (
            <p className="font-medium text-violet-800">{t('pending')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
