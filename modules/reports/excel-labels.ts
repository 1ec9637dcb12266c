// The labelled lines of a report's Excel export: the summary above the figures and the
// narrative / paired-assistance content, in the interface language.
import type { CatalogTranslator } from '@/lib/i18n/server-translator';
import { formatLocalDateTime } from '@/lib/local-time';
import { COUNTY_FIGURE_FIELDS } from '@/modules/reports/county-figures';
import { PAIRED_DETAIL_FIELDS } from '@/modules/reports/details';
import type { ReportPage } from '@/modules/reports/queries';
import { NARRATIVE_SECTIONS } from '@/modules/reports/rules';

type Line = readonly [string, string];

export function exportSummary(page: ReportPage, t: CatalogTranslator, locale: string, now = new Date()): Line[] {
  const { report, content, revision } = page;
  const time = (date: Date) => formatLocalDateTime(date, locale, { dateStyle: 'medium', timeStyle: 'short' });
  const lines: Line[] = [
    [t('excel.export.fields.title'), report.title],
    [t('excel.export.fields.kind'), t(`reportKind.${report.kind}`)],
    [t('excel.export.fields.region'), report.reportingRegion.name],
    [t('excel.export.fields.campaign'), report.assessment.campaign.name],
    [t('excel.export.fields.assessment'), t('excel.export.assessment', { group: report.assessment.group.number, region: report.assessment.targetRegion.name })],
    [t('excel.export.fields.revision'), t('excel.export.revision', { revision })],
    [t('excel.export.fields.status'), t(`reportStatus.${report.status}`)],
  ];
  if (content?.submittedAt) lines.push([t('excel.export.fields.submittedAt'), time(content.submittedAt)]);
  if (content?.submittedBy) lines.push([t('excel.export.fields.submittedBy'), content.submittedBy]);
  // The acceptance applies to the latest revision only.
  if (report.acceptedAt && revision === report.revision) lines.push([t('excel.export.fields.acceptedAt'), time(report.acceptedAt)]);
  lines.push([t('excel.export.fields.exportedAt'), time(now)]);
  return lines;
}

export function exportContent(page: ReportPage, t: CatalogTranslator): Line[] {
  const { report, content } = page;
  if (!content) return [];
  const lines: Line[] = NARRATIVE_SECTIONS[report.kind].map((section) => [t(`reports.section.${section}`), content.narrative[section] ?? '']);
  if (report.kind === 'PAIRED_ASSISTANCE') {
    lines.push([t('reports.details.helpedScope'), content.scope.map((s) => s.name).join('、')]);
    for (const field of PAIRED_DETAIL_FIELDS) {
      const value = content.details[field.key];
      if (value !== undefined) lines.push([t(`reports.details.field.${field.key}`), t(`reports.details.unit.${field.unit}`, { value })]);
    }
  }
  // Per county, given (paired assistance) or received (work report): "<helper> → <county> · <field>".
  for (const row of content.countyFigures) {
    const where = report.kind === 'PAIRED_ASSISTANCE' ? row.countyName : t('reports.county.fromHelper', { helper: row.helperName, county: row.countyName });
    for (const field of COUNTY_FIGURE_FIELDS) {
      const value = row.figures[field.key];
      if (value !== undefined) lines.push([`${where} · ${t(`reports.county.field.${field.key}`)}`, t(`reports.details.unit.${field.unit}`, { value })]);
    }
  }
  return lines;
}
