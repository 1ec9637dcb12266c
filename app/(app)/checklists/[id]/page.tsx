// One checklist template (admins): its name and minimum duration, and its questions in order.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { getDb } from '@/lib/server/db';
import { requirePageActor } from '@/modules/auth/actor';
import { getTemplate } from '@/modules/checklists/queries';
import { ItemForm } from '@/components/checklists/item-form';
import { ItemRow } from '@/components/checklists/item-row';
import { TemplateForm } from '@/components/checklists/template-form';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { withClientMessages } from '@/components/i18n/with-client-messages';

type Props = { params: Promise<{ id: string }> };

const loadTemplate = cache(async (id: string) => {
  const actor = await requirePageActor('campaign.manage');
  return getTemplate(getDb(), actor, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const template = await loadTemplate((await params).id);
  return template ? { title: template.name } : {};
}

export default withClientMessages(['checks.templates.form', 'checks.templates.item', 'drafts', 'errors'], ChecklistPage);

async function ChecklistPage({ params }: Props) {
  const template = await loadTemplate((await params).id);
  if (!template) notFound();
  const t = await getTranslations('checks.templates');
  const { items } = template;
  return (
    <>
      <Link href="/checklists" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        ← {t('backToList')}
      </Link>
      <PageHeader
        eyebrow={t('eyebrow', { code: template.code, subject: t(`form.subjects.${template.subject}`) })}
        title={template.name}
        description={t('used', { count: template._count.checks })}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-1 font-semibold text-slate-900">{t('items')}</h2>
          {items.length === 0 ? (
            <EmptyState title={t('noItems')} />
          ) : (
            <ol className="divide-y divide-slate-200" aria-label={t('items')}>
              {items.map((item, i) => (
                <ItemRow key={`${item.id}:${item.version}`} item={item} index={i} first={i === 0} last={i === items.length - 1} />
              ))}
            </ol>
          )}
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('settings')}</h2>
            <TemplateForm template={template} />
          </Card>
          <Card>
            <h2 className="mb-3 font-semibold text-slate-900">{t('addItem')}</h2>
            <ItemForm target={{ templateId: template.id }} />
          </Card>
        </div>
      </div>
    </>
  );
}
