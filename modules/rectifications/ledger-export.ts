// The rectification ledger (整改台账) as an Excel workbook in the layout of its printed page: the
// same heading lines, the same columns and the same rows (getLedger), one row per finding.
import type { CatalogTranslator } from '@/lib/i18n/server-translator';
import { formatLocalDateTime } from '@/lib/local-time';
import type { TableWorkbook } from '@/modules/exports/table-workbook';
import type { Ledger } from '@/modules/rectifications/queries';

const COLUMNS = [['no', 6], ['region', 20], ['finding', 36], ['severity', 10], ['leadUnit', 24], ['measures', 40], ['person', 12], ['deadline', 12], ['status', 12]] as const;

export function ledgerWorkbook(t: CatalogTranslator, locale: string, now: Date, ledger: Ledger): TableWorkbook {
  const { assessment, rows } = ledger;
  const summary = { total: rows.length, closed: rows.filter((r) => r.status === 'CLOSED').length, overdue: rows.filter((r) => r.overdue).length };
  return {
    sheet: t('findings.ledger.title'),
    title: t('findings.ledger.title'),
    lines: [
      t('findings.ledger.eyebrow', { campaign: assessment.campaign.name, number: assessment.group.number, region: assessment.targetRegion.name }),
      t('findings.ledger.summary', summary),
      t('findings.ledger.printedAt', { date: formatLocalDateTime(now, locale, { dateStyle: 'long', timeStyle: 'short' }) }),
      ...(ledger.truncated ? [t('findings.ledger.truncated', { count: rows.length })] : []),
    ],
    columns: COLUMNS.map(([key, width]) => ({ title: t(`findings.ledger.col.${key}`), width })),
    rows: rows.map((row, i) => {
      const plan = row.rectification;
      const status = t(`findings.status.${row.status}`);
      return [
        i + 1,
        row.region,
        row.title,
        t(`findings.severity.${row.severity}`),
        plan ? [plan.leadUnit, plan.responsibleUnits].filter(Boolean).join('；') : t('findings.ledger.noPlan'),
        plan?.measures ?? '',
        plan?.personInCharge ?? '',
        plan ? plan.deadline.toISOString().slice(0, 10) : '',
        row.overdue ? `${status}（${t('findings.overdue')}）` : status,
      ];
    }),
  };
}
