// The leader's side of a visit: move it forward or cancel it, and edit its date, sub-team and notes.
import { useTranslations } from 'next-intl';
import type { SiteVisitDetail } from '@/modules/site-visits/queries';
import { Card } from '@/components/ui/card';
import { VisitForm, type TeamOption } from '@/components/site-visits/visit-form';
import { VisitStatusActions } from '@/components/site-visits/visit-status-actions';

type Props = { visit: SiteVisitDetail['visit']; team: TeamOption[]; next: 'IN_PROGRESS' | 'DONE' | null; backHref: string };

export function VisitManagement({ visit, team, next, backHref }: Props) {
  const t = useTranslations('siteVisits');
  return (
    <Card className="space-y-6 lg:col-span-2">
      <section>
        <h2 className="mb-2 font-semibold text-slate-900">{t('actions.title')}</h2>
        <VisitStatusActions id={visit.id} version={visit.version} status={visit.status} next={next} backHref={backHref} />
      </section>
      {visit.status !== 'DONE' ? (
        <section>
          <h2 className="mb-3 font-semibold text-slate-900">{t('form.edit')}</h2>
          <VisitForm
            mode="edit"
            id={visit.id}
            version={visit.version}
            team={team}
            initial={{ visitDate: visit.visitDate.toISOString().slice(0, 10), memberIds: visit.members.map((m) => m.user.id), notes: visit.notes ?? '' }}
          />
        </section>
      ) : null}
    </Card>
  );
}
