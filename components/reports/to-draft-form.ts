// The working copy as the form's state: figures as text, one data source per indicator.
import type { ReportContent } from '@/modules/reports/content';
import { reportPeriodsFor } from '@/modules/reports/rules';
import type { ValueType } from '@/modules/reports/values';
import type { DraftForm } from '@/components/reports/draft-form';

export function toDraftForm(content: ReportContent, indicators: readonly { id: string; valueType: ValueType }[]): DraftForm {
  const values: Record<string, string> = {};
  const sources: Record<string, string> = {};
  for (const indicator of indicators) {
    for (const period of reportPeriodsFor(indicator.valueType)) {
      const figure = content.values[`${indicator.id}.${period}`];
      if (!figure) continue;
      values[`${indicator.id}.${period}`] = figure.value;
      if (figure.source && !sources[indicator.id]) sources[indicator.id] = figure.source;
    }
  }
  const county: Record<string, string> = {};
  for (const row of content.countyFigures) {
    for (const [key, value] of Object.entries(row.figures)) county[`${row.helperRegionId}.${row.countyId}.${key}`] = value;
  }
  return { values, sources, narrative: { ...content.narrative }, details: { ...content.details }, county, scope: content.scope.map((r) => r.id) };
}
