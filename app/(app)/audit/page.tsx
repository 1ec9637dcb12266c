// The audit page (admins): the newest check of the audit trail (the same verification as `npm run
// audit:verify`, run by the worker on a schedule and on "verify now"; the page only reads its stored
// result) and the audit log, filtered by person, kind of record and days.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getReadDb } from '@/lib/server/read-db';
import { requirePageActor } from '@/modules/auth/actor';
import { getCheckpointFile } from '@/modules/audit/checkpoints';
import { auditLogQuery, parseAuditLogParams } from '@/modules/audit/log-params';
import { findAuditLog, findAuditPeople } from '@/modules/audit/log-queries';
import { getAuditVerificationStatus } from '@/modules/audit/verification-runs';
import { AuditLogFilters } from '@/components/audit/audit-log-filters';
import { AuditLogTable } from '@/components/audit/audit-log-table';
import { VerificationSummary } from '@/components/audit/verification-summary';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default async function AuditPage({ searchParams }: Props) {
  await requirePageActor('audit.read');
  const params = parseAuditLogParams(await searchParams);
  const t = await getTranslations('audit');
  const tLog = await getTranslations('history.log');
  const db = await getReadDb();
  const [status, log, people] = await Promise.all([getAuditVerificationStatus(db), findAuditLog(db, params), findAuditPeople(db)]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <VerificationSummary status={status} checkpointFile={getCheckpointFile()} />
      <section aria-labelledby="audit-log" className="mt-8">
        <h2 id="audit-log" className="text-xl font-semibold text-slate-900">{tLog('heading')}</h2>
        <p className="mb-4 text-sm text-slate-600">{tLog('description')}</p>
        <Card className="mb-4">
          <AuditLogFilters params={params} people={people} />
        </Card>
        {log.rows.length === 0 ? <EmptyState title={tLog('empty')} /> : <AuditLogTable rows={log.rows} />}
        <nav className="mt-4 flex flex-wrap gap-2" aria-label={tLog('heading')}>
          {params.before !== null ? <Link href={`/audit${auditLogQuery({ ...params, before: null })}`} className={buttonClasses({ variant: 'ghost' })}>{tLog('firstPage')}</Link> : null}
          {log.nextBefore !== null ? <Link href={`/audit${auditLogQuery(params, log.nextBefore)}`} className={buttonClasses({ variant: 'secondary' })}>{tLog('nextPage')}</Link> : null}
        </nav>
      </section>
    </>
  );
}
