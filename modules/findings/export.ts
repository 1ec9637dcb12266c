// The findings list as an Excel workbook: the rows the list shows for the same filters, scope and
// sort (findingListWhere + findingOrder), all of them up to EXPORT_LIMIT, with the list's columns.
import type { CatalogTranslator } from '@/lib/i18n/server-translator';
import type { Db, Tx } from '@/lib/server/db';
import { formatLocalDateTime } from '@/lib/local-time';
import type { Actor } from '@/modules/auth/actor';
import type { TableWorkbook } from '@/modules/exports/table-workbook';
import { findingListQuery, type FindingListParams } from '@/modules/findings/list-params';
import { FINDING_ROW_SELECT, findingListWhere, findingOrder } from '@/modules/findings/list-query';
import { isOverdue } from '@/modules/findings/rules';
import { placeName } from '@/modules/regions/place-name';

/** The export of the list with these filters: a repeated filter is written once, its values joined by commas. */
export function findingExportHref(params: FindingListParams): string {
  const query = new URLSearchParams(findingListQuery({ ...params, cursor: null }));
  const joined = new URLSearchParams();
  for (const key of new Set(query.keys())) joined.set(key, query.getAll(key).join(','));
  const text = joined.toString();
  return `/api/findings/export${text ? `?${text}` : ''}`;
}

/** An export is read in one go: past this many rows it is cut short and says so. */
export const EXPORT_LIMIT = 5000;

export async function findFindingsForExport(db: Db | Tx, actor: Actor, params: FindingListParams, now: Date) {
  const where = await findingListWhere(db, actor, params, now);
  const rows = await db.finding.findMany({ where, orderBy: findingOrder(params.sort), take: EXPORT_LIMIT + 1, select: FINDING_ROW_SELECT });
  return {
    rows: rows.slice(0, EXPORT_LIMIT).map((row) => ({ ...row, overdue: isOverdue(row.status, row.dueDate, now) })),
    truncated: rows.length > EXPORT_LIMIT,
  };
}

type ExportRows = Awaited<ReturnType<typeof findFindingsForExport>>;

const COLUMNS = [
  ['no', 6], ['title', 40], ['region', 22], ['group', 10], ['severity', 10], ['status', 10], ['deadline', 12], ['overdue', 8], ['createdAt', 18],
] as const;

export function findingsWorkbook(t: CatalogTranslator, locale: string, now: Date, { rows, truncated }: ExportRows): TableWorkbook {
  const date = (d: Date) => formatLocalDateTime(d, locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    sheet: t('search.export.findingsSheet'),
    title: t('search.export.findingsTitle'),
    lines: [t('search.export.exportedAt', { date: date(now) }), ...(truncated ? [t('search.export.truncated', { count: EXPORT_LIMIT })] : [])],
    columns: COLUMNS.map(([key, width]) => ({ title: t(`search.export.columns.${key}`), width })),
    rows: rows.map((row, i) => [
      i + 1,
      row.title,
      placeName(row.region),
      t('search.export.groupValue', { number: row.assessment.group.number }),
      t(`findings.severity.${row.severity}`),
      t(`findings.status.${row.status}`),
      row.dueDate ? row.dueDate.toISOString().slice(0, 10) : '',
      row.overdue ? t('search.export.yes') : t('search.export.no'),
      date(row.createdAt),
    ]),
  };
}
