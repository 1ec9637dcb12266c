// The visit's households grouped by town and village, in list order.
import { useTranslations } from 'next-intl';
import type { VisitHousehold } from '@/modules/site-visits/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { TableScroll } from '@/components/ui/table-scroll';

type Village = { id: string; name: string; code: string; designated: boolean; town: string; households: VisitHousehold[] };

function byVillage(households: VisitHousehold[]): Village[] {
  const villages = new Map<string, Village>();
  for (const h of households) {
    const r = h.region;
    const v = villages.get(r.id) ?? { id: r.id, name: r.name, code: r.code, designated: r.isDesignatedPoorVillage, town: r.parent?.name ?? '', households: [] };
    v.households.push(h);
    villages.set(r.id, v);
  }
  return [...villages.values()];
}

export function VisitHouseholds({ households }: { households: VisitHousehold[] }) {
  const t = useTranslations('siteVisits.households');
  const status = useTranslations('siteVisits.householdStatus');
  if (households.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  const villages = byVillage(households);
  const towns = new Set(villages.map((v) => v.town));
  const yesNo = (b: boolean) => (b ? t('yes') : t('no'));
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-600">{t('summary', { towns: towns.size, villages: villages.length, households: households.length })}</p>
      {villages.map((v) => (
        <section key={v.id} aria-label={`${v.town} ${v.name}`}>
          <h3 className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
            {v.town} · {v.name} <span className="font-mono text-xs text-slate-500">{v.code}</span>
            {v.designated ? <Badge tone="violet">{t('designated')}</Badge> : null}
          </h3>
          <TableScroll label={`${v.town} ${v.name}`} className="mt-2">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t('code')}</th>
                  <th className="py-1 pr-3 text-right font-medium">{t('size')}</th>
                  <th className="py-1 pr-3 font-medium">{t('status')}</th>
                  <th className="py-1 pr-3 font-medium">{t('disabled')}</th>
                  <th className="py-1 pr-3 font-medium">{t('ableToWork')}</th>
                  <th className="py-1 pr-3 text-right font-medium">{t('income')}</th>
                  <th className="py-1 font-medium">{t('source')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {v.households.map((h) => (
                  <tr key={h.id}>
                    <td className="py-1 pr-3 font-mono">{h.code}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{h.size}</td>
                    <td className="py-1 pr-3">{status(h.status)}</td>
                    <td className="py-1 pr-3">{yesNo(h.hasDisabledMember)}</td>
                    <td className="py-1 pr-3">{yesNo(h.ableToWork)}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{h.incomePerCapita ?? '—'}</td>
                    <td className="py-1">{h.fromSample ? t('fromSample') : t('byHand')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </div>
  );
}
