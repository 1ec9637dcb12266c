// The charts' data and labels, put together on the server so that the client component gets
// plain values in the reader's language.
import { getTranslations } from 'next-intl/server';
import { FindingStatus } from '@/lib/generated/prisma/enums';
import type { Dashboard } from '@/modules/dashboard/queries';
import type { DashboardRegion } from '@/modules/dashboard/frame';
import { rate } from '@/modules/dashboard/rules';
import { SEVERITY_ORDER } from '@/modules/findings/rules';
import type { ChartsData } from '@/components/dashboard/dashboard-charts';

const LABEL_KEYS = ['pipeline', 'severity', 'burnDown', 'reportingRate', 'showTable', 'hideTable', 'week', 'opened', 'closed', 'remaining', 'count', 'rate', 'region', 'noRate'] as const;

export async function chartsData(dashboard: Dashboard, regionName: (r: DashboardRegion) => string): Promise<ChartsData> {
  const t = await getTranslations('dashboard.charts');
  const tf = await getTranslations('findings');
  const statuses = Object.values(FindingStatus).map((key) => ({ key, label: tf(`status.${key}`) }));
  const bySeverity = dashboard.total.findings.bySeverity;
  return {
    statuses,
    pipeline: dashboard.children.map(({ region, figures }) => ({
      region: regionName(region),
      ...Object.fromEntries(statuses.map(({ key }) => [key, SEVERITY_ORDER.reduce((n, s) => n + (figures.findings.bySeverity[s]?.[key] ?? 0), 0)])),
    })),
    severity: SEVERITY_ORDER.map((s) => ({ label: tf(`severity.${s}`), count: Object.values(bySeverity[s] ?? {}).reduce((a, b) => a + b, 0) })),
    weeks: dashboard.weeks,
    reportingRate: dashboard.children.map(({ region, figures }) => ({ region: regionName(region), rate: rate(figures.reports.submitted, figures.reports.expected) })),
    labels: Object.fromEntries(LABEL_KEYS.map((k) => [k, t(k)])) as ChartsData['labels'],
  };
}
