'use client';

// The officials' report form: figures, (for paired assistance) helped scope and details,
// narrative, then "check and submit". Saves itself; never loses what was typed.
import { useCallback } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { WorkReportKind } from '@/lib/generated/prisma/enums';
import type { CountySlot } from '@/modules/reports/county-figures';
import type { ReportIndicator } from '@/modules/reports/queries';
import { missingForSubmit } from '@/modules/reports/rules';
import type { RuleWarning } from '@/modules/reports/warnings';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CountyFigureFields } from '@/components/reports/county-figure-fields';
import { DetailFields } from '@/components/reports/detail-fields';
import { draftPayload, validateDraftForm, type Translate } from '@/components/reports/draft-payload';
import type { DraftForm } from '@/components/reports/draft-form';
import { reportFieldLabel } from '@/components/reports/field-label';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { FigureFields } from '@/components/reports/figure-fields';
import { NarrativeFields } from '@/components/reports/narrative-fields';
import { SaveStatusText } from '@/components/reports/save-status';
import { ScopePicker, type ScopeOption } from '@/components/reports/scope-picker';
import { SubmitStep } from '@/components/reports/submit-step';
import { useReportDraft } from '@/components/reports/use-report-draft';

export function ReportEditor({
  reportId,
  kind,
  version,
  revision,
  indicators,
  initial,
  initialWarnings,
  scopeOptions,
  countySlots = [],
}: {
  reportId: string;
  kind: WorkReportKind;
  version: number;
  revision: number;
  indicators: ReportIndicator[];
  initial: DraftForm;
  initialWarnings: RuleWarning[];
  scopeOptions: ScopeOption[];
  /** Helper × county rows: given (paired assistance, shown for the counties in the scope) or received (work report). */
  countySlots?: CountySlot[];
}) {
  const t = useTranslations();
  const locale = useLocale();
  const translate = t as unknown as Translate;
  const validate = useCallback((form: DraftForm) => validateDraftForm(form, indicators, kind, translate, countySlots), [indicators, kind, translate, countySlots]);
  const toPayload = useCallback((form: DraftForm, v: number) => draftPayload(reportId, kind, indicators, form, v, countySlots), [reportId, kind, indicators, countySlots]);
  const draft = useReportDraft({ reportId, version, initial, initialWarnings, validate, toPayload });
  const { form, update, status, dirty, fieldErrors, setFieldErrors } = draft;

  const onFieldErrors = useCallback((errors: FieldErrors) => setFieldErrors(errors), [setFieldErrors]);
  const missing = missingForSubmit(kind, form.narrative, form.scope.length);
  const scoped = new Set(form.scope);
  const givenSlots = countySlots.filter((s) => scoped.has(s.countyId));

  return (
    <div className="space-y-6">
      <DraftNotices draft={draft.draft} offer={status.kind === 'idle'} labelOf={(path) => reportFieldLabel(path, { indicators, scopeOptions, t: translate, locale })} />
      <div className="sticky top-0 z-10 -mx-1 flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white/95 px-3 py-2 shadow-sm">
        <SaveStatusText status={status} dirty={dirty} />
        <Button size="sm" variant="secondary" onClick={() => void draft.save()} disabled={status.kind === 'saving' || draft.blocked}>
          {t('reports.editor.save')}
        </Button>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('reports.figures.title')}</h2>
        <FigureFields indicators={indicators} form={form} errors={fieldErrors} onChange={update} />
      </Card>
      {kind === 'PAIRED_ASSISTANCE' ? (
        <Card className="space-y-4">
          <h2 className="font-semibold text-slate-900">{t('reports.details.title')}</h2>
          <ScopePicker options={scopeOptions} form={form} errors={fieldErrors} onChange={update} />
          <DetailFields form={form} errors={fieldErrors} onChange={update} />
          <section className="space-y-2" aria-labelledby="county-given-title">
            <h3 id="county-given-title" className="font-medium text-slate-900">{t('reports.county.givenTitle')}</h3>
            <p className="text-sm text-slate-600">{t('reports.county.givenHint')}</p>
            <CountyFigureFields slots={givenSlots} direction="given" form={form} errors={fieldErrors} onChange={update} />
          </section>
        </Card>
      ) : countySlots.length > 0 ? (
        <Card className="space-y-2">
          <h2 className="font-semibold text-slate-900">{t('reports.county.receivedTitle')}</h2>
          <p className="text-sm text-slate-600">{t('reports.county.receivedHint')}</p>
          <CountyFigureFields slots={countySlots} direction="received" form={form} errors={fieldErrors} onChange={update} />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 font-semibold text-slate-900">{t('reports.narrativeTitle')}</h2>
        <NarrativeFields kind={kind} form={form} errors={fieldErrors} onChange={update} />
      </Card>
      <SubmitStep
        reportId={reportId}
        version={draft.version}
        revision={revision}
        missing={missing}
        warnings={draft.warnings}
        blocked={draft.blocked}
        dirty={dirty}
        save={draft.save}
        onFieldErrors={onFieldErrors}
      />
    </div>
  );
}
