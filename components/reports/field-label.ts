// A report form field named for the reader (a conflict lists fields by their path in the form).
import type { FieldPath } from '@/lib/merge/three-way';
import type { ReportIndicator } from '@/modules/reports/queries';
import type { Translate } from '@/components/reports/draft-payload';
import { indicatorName } from '@/components/reports/indicator-name';
import type { ScopeOption } from '@/components/reports/scope-picker';

type Context = { indicators: readonly ReportIndicator[]; scopeOptions: readonly ScopeOption[]; t: Translate; locale: string };

export function reportFieldLabel([part, key = '']: FieldPath, { indicators, scopeOptions, t, locale }: Context): string {
  const indicator = (id: string) => {
    const found = indicators.find((i) => i.id === id);
    return found ? `${found.code} ${indicatorName(found, locale)}` : id;
  };
  switch (part) {
    case 'values': {
      const [id = '', period = ''] = key.split('.');
      return `${indicator(id)} · ${t(`reports.period.${period}`)}`;
    }
    case 'sources':
      return `${indicator(key)} · ${t('reports.figures.source')}`;
    case 'narrative':
      return t(`reports.section.${key}`);
    case 'details':
      return t(`reports.details.field.${key}`);
    case 'county': {
      // `${helperRegionId}.${countyId}.${field}`: region names are not at hand here, the field is.
      const field = key.split('.').at(-1) ?? '';
      return `${t('reports.county.givenTitle')} · ${t(`reports.county.field.${field}`)}`;
    }
    default:
      return `${t('reports.details.helpedScope')} · ${scopeOptions.find((o) => o.id === key)?.name ?? key}`;
  }
}
