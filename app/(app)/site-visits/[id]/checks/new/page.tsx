// A household check on the assessor's phone: pick the household from the visit's list, then
// answer the template's questions one card at a time.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getCheckForm } from '@/modules/checks/queries';
import { CheckForm } from '@/components/checks/check-form';
import { HouseholdPicker } from '@/components/checks/household-picker';
import { CheckQueueStatus } from '@/components/checks/queue-status';
import { TemplateSwitch } from '@/components/checks/template-switch';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ householdId?: string; templateId?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checks.form'))('metaTitle') };
}

export default async function NewCheckPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('check.write');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const form = await getCheckForm(getDb(), actor, id, query.householdId ?? null, query.templateId ?? null);
  if (!form) notFound();
  const t = await getTranslations('checks.form');
  const { visit, household, template, templates, households } = form;
  const back = (
    <Link href={`/site-visits/${visit.id}/checks`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
      ← {t('backToHouseholds')}
    </Link>
  );

  if (!household) {
    return (
      <>
        {back}
        <PageHeader eyebrow={t('eyebrow', { county: visit.region.name })} title={t('pickTitle')} description={t('pickDescription')} />
        <Card>
          <HouseholdPicker visitId={visit.id} households={households} />
        </Card>
      </>
    );
  }

  const label = t('householdLabel', { code: household.code, village: household.village });
  return (
    <div className="mx-auto max-w-xl">
      {back}
      <PageHeader eyebrow={t('eyebrow', { county: visit.region.name })} title={label} description={template?.name} />
      <div className="space-y-4">
        <CheckQueueStatus />
        {templates.length > 1 && template ? <TemplateSwitch visitId={visit.id} householdId={household.id} current={template.id} templates={templates} /> : null}
        {visit.status === 'PLANNED' ? (
          <EmptyState title={t('notStartedTitle')} description={t('notStartedDescription')} />
        ) : template ? (
          <CheckForm visitId={visit.id} household={{ id: household.id, label }} template={template} />
        ) : (
          <EmptyState title={t('noTemplate')} />
        )}
      </div>
    </div>
  );
}
