// A recorded change in words: the field's name, and its old and new values as a person reads them
// (a severity's name rather than its code, an instant in the assessment's time zone). Pure, so the
// page, the audit log and tests share it.
import type { CatalogTranslator } from '@/lib/i18n/server-translator';
import { formatLocalDateTime } from '@/lib/local-time';
import type { FieldChange, ChangeValue } from '@/modules/audit/changes';
import type { HistoryKind } from '@/modules/history/queries';

// Where a coded value's name lives in the catalog; a status depends on the kind of record.
const VALUE_NAMES: Record<string, string> = { severity: 'findings.severity', category: 'findings.category', kind: 'meetingKind' };
const STATUS_NAMES: Partial<Record<HistoryKind, string>> = { finding: 'findings.status', siteVisit: 'siteVisits.status', report: 'reportStatus' };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(t: CatalogTranslator, field: string, value: ChangeValue, kind: HistoryKind | null, locale: string): string {
  if (value === null || value === '') return t('history.emptyValue');
  if (typeof value !== 'string') return String(value);
  const names = field === 'status' ? (kind ? STATUS_NAMES[kind] : undefined) : VALUE_NAMES[field];
  if (names && t.has(`${names}.${value}`)) return t(`${names}.${value}`);
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatLocalDateTime(new Date(value), locale, { dateStyle: 'medium', timeStyle: 'short' });
  return value;
}

export function fieldName(t: CatalogTranslator, field: string): string {
  return t.has(`history.fields.${field}`) ? t(`history.fields.${field}`) : field;
}

/** "field: old → new" in the reader's language. */
export function changeText(t: CatalogTranslator, change: FieldChange, kind: HistoryKind | null, locale: string): string {
  return t('history.change', {
    field: fieldName(t, change.field),
    from: valueText(t, change.field, change.from, kind, locale),
    to: valueText(t, change.field, change.to, kind, locale),
  });
}

/** An audit action in words ("finding.update" → "edited the finding"); an action without a name says so plainly. */
export function eventName(t: CatalogTranslator, action: string): string {
  const key = `events.actions.${action.replaceAll('.', '_')}`;
  return t.has(key) ? t(key) : t('events.unknown', { action });
}
