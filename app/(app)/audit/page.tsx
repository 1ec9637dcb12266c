// The audit trail check (admins): the same verification as `npm run audit:verify`, run on each visit.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getCheckpointFile } from '@/modules/audit/checkpoints';
import { verifyAuditTrail } from '@/modules/audit/queries';
import { VerificationSummary } from '@/components/audit/verification-summary';
import { PageHeader } from '@/components/ui/page-header';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default async function AuditPage() {
  await requirePageActor('audit.read');
  const t = await getTranslations('audit');
  const result = await verifyAuditTrail(getDb());
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <VerificationSummary result={result} checkpointFile={getCheckpointFile()} />
    </>
  );
}
