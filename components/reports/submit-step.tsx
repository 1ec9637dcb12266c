'use client';

// "Check and submit": saves what is typed, then shows what is missing and the rule warnings on
// the figures before the official confirms. Warnings do not block; they go with the submission.
// The check's outcome is announced (a live region that is always on the page) and takes focus, so
// that a keyboard or screen-reader user lands on it rather than on the page's top.
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { NarrativeSection } from '@/modules/reports/rules';
import type { RuleWarning } from '@/modules/reports/warnings';
import { submitReportAction } from '@/modules/reports/actions';
import { FormAlert } from '@/components/ui/form-controls';
import { Button } from '@/components/ui/button';
import { ReportWarnings } from '@/components/reports/report-warnings';

export function SubmitStep({
  reportId,
  version,
  revision,
  missing,
  warnings,
  blocked,
  dirty,
  save,
  onFieldErrors,
}: {
  reportId: string;
  version: number;
  /** Submissions so far; this one becomes revision + 1. */
  revision: number;
  /** Form paths still empty (narrative.x, scope). */
  missing: string[];
  warnings: RuleWarning[];
  blocked: boolean;
  /** Edited since the check: the check is stale and is shown again only after saving. */
  dirty: boolean;
  save: () => Promise<boolean>;
  onFieldErrors: (errors: FieldErrors) => void;
}) {
  const t = useTranslations('reports');
  const tErrors = useTranslations('errors');
  const router = useRouter();
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const checkRef = useRef<HTMLButtonElement>(null);
  // Set by "check" and "back": the next switch between the two views moves focus to what replaced the button.
  const moveFocus = useRef(false);
  const showing = checking && !dirty;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (showing ? summaryRef : checkRef).current?.focus();
  }, [showing]);

  async function check() {
    setSaving(true);
    const saved = await save();
    setSaving(false);
    moveFocus.current = saved;
    setChecking(saved);
  }

  async function confirm() {
    setPending(true);
    setMessage(null);
    try {
      const result = await submitReportAction({ reportId, version });
      if (result.ok) {
        router.refresh();
        return;
      }
      setMessage(result.message);
      if (result.fieldErrors) onFieldErrors(result.fieldErrors);
    } catch {
      setMessage(tErrors('INTERNAL'));
    } finally {
      setPending(false);
    }
  }

  // Paths come from missingForSubmit: 'scope' or 'narrative.<section>'.
  const label = (path: string) => (path === 'scope' ? t('details.helpedScope') : t(`section.${path.replace('narrative.', '') as NarrativeSection}`));

  return (
    <section aria-labelledby="submit-step" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="submit-step" className="font-semibold text-slate-900">{t('submit.title')}</h2>
      <div aria-live="polite">
        {showing ? (
          <p ref={summaryRef} tabIndex={-1} className="text-sm font-medium text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600">
            {t('submit.checked', { missing: missing.length, warnings: warnings.length })}
          </p>
        ) : null}
      </div>
      {!showing ? (
        <>
          <p className="text-sm text-slate-600">{t('submit.intro', { revision: revision + 1 })}</p>
          <Button ref={checkRef} onClick={check} disabled={saving || blocked}>
            {saving ? t('editor.saving') : t('submit.check')}
          </Button>
        </>
      ) : (
        <>
          {missing.length > 0 ? (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              <p>{t('submit.missing')}</p>
              <ul className="mt-1 list-disc pl-5">
                {missing.map((m) => <li key={m}>{label(m)}</li>)}
              </ul>
            </div>
          ) : null}
          <h3 className="text-sm font-medium text-slate-800">{t('warnings.title')}</h3>
          <ReportWarnings warnings={warnings} emptyText={t('warnings.none')} />
          {warnings.length > 0 ? <p className="text-sm text-slate-600">{t('warnings.submitAnyway')}</p> : null}
          <FormAlert message={message} />
          <div className="flex flex-wrap gap-2">
            <Button onClick={confirm} disabled={pending || missing.length > 0 || blocked}>
              {pending ? t('submit.submitting') : t('submit.confirm', { revision: revision + 1 })}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                moveFocus.current = true;
                setChecking(false);
              }}
            >
              {t('submit.back')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
