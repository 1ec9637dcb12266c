// 整改台账: every finding of an assessment from issue on, with its plan, deadline and state;
// printable (landscape A4, the app's header and buttons hidden). Officials see the rows of their
// own region; an assessment with nothing the actor may see is not found.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getLedger, LEDGER_LIMIT } from '@/modules/rectifications/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClasses } from '@/components/ui/button';
import { PrintButton } from '@/components/rectifications/print-button';
import { LedgerTable } from '@/components/rectifications/ledger-table';
import { DownloadLink } from '@/components/ui/download-link';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

// The shell (app/(app)/layout.tsx) is shared; these rules apply only while this page is shown.
const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #fff; }
  body > div > header, a[href="#main"] { display: none !important; }
  #main { max-width: none; padding: 0; }
}`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('findings.ledger');
  return { title: t('title') };
}

export default withClientMessages(['download', 'findings'], LedgerPage);

async function LedgerPage({ params }: Props) {
  const actor = await requirePageActor('finding.read');
  const now = new Date();
  const ledger = await getLedger(getDb(), actor, (await params).id, now);
  if (!ledger) notFound();
  const t = await getTranslations('findings.ledger');
  const tSearch = await getTranslations('search');
  const format = await getFormatter();
  const { assessment, rows } = ledger;
  const summary = {
    total: rows.length,
    closed: rows.filter((r) => r.status === 'CLOSED').length,
    overdue: rows.filter((r) => r.overdue).length,
  };

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/findings?assessment=${assessment.id}`} className="text-sm text-blue-700 hover:underline">← {t('back')}</Link>
        <div className="flex flex-wrap gap-2">
          <DownloadLink href={`/api/assessments/${assessment.id}/ledger`} className={buttonClasses({ variant: 'secondary' })}>{tSearch('export.ledger')}</DownloadLink>
          <PrintButton label={t('print')} />
        </div>
      </div>
      <PageHeader
        eyebrow={t('eyebrow', { campaign: assessment.campaign.name, number: assessment.group.number, region: assessment.targetRegion.name })}
        title={t('title')}
        description={<>{t('description')} {t('summary', summary)}</>}
      />
      <p className="mb-2 hidden text-xs text-slate-600 print:block">{t('printedAt', { date: format.dateTime(now, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      {ledger.truncated ? <p role="status" className="mb-3 text-sm text-amber-800">{t('truncated', { count: LEDGER_LIMIT })}</p> : null}
      {rows.length === 0 ? <EmptyState title={t('empty')} /> : <LedgerTable rows={rows} />}
    </>
  );
}
