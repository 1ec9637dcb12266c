// Checklist templates (admins): the household check and the village "eight haves", and new ones.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { canEditChecklists } from '@/modules/checklists/access';
import { findTemplates } from '@/modules/checklists/queries';
import { TemplateForm } from '@/components/checklists/template-form';
import { TemplateList } from '@/components/checklists/template-list';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { withClientMessages } from '@/components/i18n/with-client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checks.templates'))('title') };
}

export default withClientMessages(['checks.templates.form', 'drafts', 'errors'], ChecklistsPage);

async function ChecklistsPage() {
  const actor = await requirePageActor('campaign.manage');
  if (!canEditChecklists(actor)) notFound();
  const t = await getTranslations('checks.templates');
  const templates = await findTemplates(getDb(), actor);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <TemplateList templates={templates} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold text-slate-900">{t('new')}</h2>
          <TemplateForm />
        </Card>
      </div>
    </>
  );
}
