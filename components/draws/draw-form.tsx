'use client';

// Draws targets for the chosen groups among the chosen candidate regions. Defaults: the groups
// without targets, and the cities not yet assessed in the campaign.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { createDrawAction } from '@/modules/draws/actions';
import type { CampaignDraws } from '@/modules/draws/queries';
import type { NamedPairing } from '@/modules/draws/rules';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { CheckboxList } from '@/components/draws/checkbox-list';
import { PairingList } from '@/components/draws/pairing-list';

type Props = { campaignId: string; groups: CampaignDraws['groups']; candidates: CampaignDraws['candidates'] };

export function DrawForm({ campaignId, groups, candidates }: Props) {
  const t = useTranslations('draws.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [result, setResult] = useState<{ seed: string; pairings: NamedPairing[] } | null>(null);
  const errors = failure?.fieldErrors ?? {};
  const cities = candidates.filter((c) => c.level === 'CITY');
  const counties = candidates.filter((c) => c.level !== 'CITY');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setResult(null);
    const form = new FormData(event.currentTarget);
    const input = {
      campaignId,
      groupIds: form.getAll('groupIds').map(String),
      regionIds: form.getAll('regionIds').map(String),
      perGroup: String(form.get('perGroup') ?? '1'),
    };
    const drawn = await submit(() => createDrawAction(input));
    if (drawn) {
      setResult(drawn);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={failure?.message} />
      {result ? (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <p className="font-medium">{t('done')}</p>
          <p className="mt-1">
            {t('seed')} <code className="font-mono break-all">{result.seed}</code>
          </p>
          <PairingList pairings={result.pairings} />
        </div>
      ) : null}
      <CheckboxList
        name="groupIds"
        legend={t('groups')}
        hint={t('groupsHint')}
        empty={t('noGroups')}
        items={groups.map((g) => ({
          id: g.id,
          label: t('groupOption', { number: g.number, name: g.name }),
          detail: g._count.assessments > 0 ? t('groupTargets', { count: g._count.assessments }) : t('groupNoTargets'),
          checked: g._count.assessments === 0,
        }))}
      />
      <CheckboxList
        name="regionIds"
        legend={t('cities')}
        hint={t('citiesHint')}
        empty={t('noCandidates')}
        items={cities.map((c) => ({ id: c.id, label: c.name, checked: true }))}
      />
      {counties.length > 0 ? (
        <details className="rounded-md border border-slate-200 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-blue-700">{t('counties', { count: counties.length })}</summary>
          <div className="mt-3">
            <CheckboxList name="regionIds" legend={t('countiesLegend')} items={counties.map((c) => ({ id: c.id, label: c.name, checked: false }))} />
          </div>
        </details>
      ) : null}
      <Field id="perGroup" label={t('perGroup')} errors={errors} className="max-w-48">
        <select {...controlProps('perGroup', errors)} defaultValue="1">
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
