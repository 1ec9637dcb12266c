// A household check on the assessor's phone: pick the household from the visit's list, then
// answer the template's questions one card at a time. With ?villageId=, the village check ("eight
// haves") of one of the visit's villages, once per visit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import type { Actor } from '@/modules/auth/actor';
import { getCheckForm } from '@/modules/checks/queries';
import { getVillageCheckForm } from '@/modules/checks/village-queries';
import { CheckForm } from '@/components/checks/check-form';
import { HouseholdPicker } from '@/components/checks/household-picker';
import { Outbox } from '@/components/offline/outbox';
import { TemplateSwitch } from '@/components/checks/template-switch';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClasses } from '@/components/ui/button';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ householdId?: string; templateId?: string; villageId?: string }> };

async function VillageCheckPage({ actor, visitId, villageId }: { actor: Actor; visitId: string; villageId: string }) {
  const form = await getVillageCheckForm(getDb(), actor, visitId, villageId);
  if (!form) notFound();
  const [t, tVillage] = await Promise.all([getTranslations('checks.form'), getTranslations('villageChecks.form')]);
  const { visit, village, template, existingCheckId } = form;
  const label = tVillage('villageLabel', { town: village.town ?? '-', village: village.name });
  return (
    <div className="mx-auto max-w-xl">
      <Link href={`/site-visits/${visit.id}/checks`} className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToHouseholds')}
      </Link>
      <PageHeader eyebrow={t('eyebrow', { county: visit.region.name })} title={label} description={template?.name} />
      <div className="space-y-4">
        <Outbox />
        {existingCheckId ? (
          <EmptyState
            title={tVillage('alreadyTitle')}
            description={tVillage('alreadyDescription')}
            action={<Link href={`/checks/${existingCheckId}`} className={buttonClasses({ variant: 'secondary' })}>{tVillage('openExisting')}</Link>}
          />
        ) : visit.status === 'PLANNED' ? (
          <EmptyState title={t('notStartedTitle')} description={t('notStartedDescription')} />
        ) : visit.status === 'DONE' ? (
          <EmptyState title={t('doneTitle')} description={t('doneDescription')} />
        ) : template ? (
          <CheckForm visitId={visit.id} subject={{ householdId: null, villageId: village.id, label }} template={template} />
        ) : (
          <EmptyState title={tVillage('noTemplate')} />
        )}
      </div>
    </div>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checks.form'))('metaTitle') };
}

export default withClientMessages(['checks', 'drafts', 'findings', 'offline.outbox'], NewCheckPage);

async function NewCheckPage({ params, searchParams }: Props) {
  const actor = await requirePageActor('check.write');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (query.villageId) return <VillageCheckPage actor={actor} visitId={id} villageId={query.villageId} />;
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
        <Outbox />
        {templates.length > 1 && template ? <TemplateSwitch visitId={visit.id} householdId={household.id} current={template.id} templates={templates} /> : null}
        {visit.status === 'PLANNED' ? (
          <EmptyState title={t('notStartedTitle')} description={t('notStartedDescription')} />
        ) : visit.status === 'DONE' ? (
          <EmptyState title={t('doneTitle')} description={t('doneDescription')} />
        ) : template ? (
          <CheckForm visitId={visit.id} subject={{ householdId: household.id, villageId: null, label }} template={template} />
        ) : (
          <EmptyState title={t('noTemplate')} />
        )}
      </div>
    </div>
  );
}
