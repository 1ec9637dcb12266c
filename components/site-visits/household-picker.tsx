'use client';

// Hand-picking households: choose a village (a GET form, so the village is in the URL), tick its
// households from the current roster, save. The visit's list for that village becomes the ticks.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { PickOptions } from '@/modules/site-visits/pick-queries';
import { pickHouseholdsAction } from '@/modules/site-visits/actions';
import { Button } from '@/components/ui/button';
import { CONTROL_CLASSES, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';

type Props = { visitId: string; version: number; options: PickOptions; selectedIds: string[]; limit: number };

export function HouseholdPicker({ visitId, version, options, selectedIds, limit }: Props) {
  const t = useTranslations('siteVisits.pick');
  const status = useTranslations('siteVisits.householdStatus');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const { village, households } = options;

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!village) return;
    setNotice(null);
    const householdIds = new FormData(event.currentTarget).getAll('householdIds').map(String);
    if (await submit(() => pickHouseholdsAction({ id: visitId, version, villageId: village.id, householdIds }))) {
      setNotice(t('saved'));
      router.refresh();
    }
  }

  return (
    <div className="space-y-4">
      <form method="get" action={`/site-visits/${visitId}#pick`} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="pick-village" className="block text-sm font-medium text-slate-800">{t('village')}</label>
          <select id="pick-village" name="village" defaultValue={village?.id ?? ''} className={CONTROL_CLASSES}>
            {options.villages.map((v) => (
              <option key={v.id} value={v.id}>{t('villageOption', { town: v.parent?.name ?? '', village: v.name, count: v.households })}</option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">{t('show')}</Button>
      </form>
      {village ? (
        <form onSubmit={onSave} className="space-y-3">
          <FormAlert message={failure?.message} />
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t('households', { village: village.name })}</legend>
            {households.length === 0 ? <p className="text-sm text-slate-500">{t('none')}</p> : null}
            {households.length >= limit ? <p className="text-xs text-slate-500">{t('limited', { limit })}</p> : null}
            <div className="mt-2 grid max-h-96 gap-1 overflow-y-auto sm:grid-cols-2">
              {households.map((h) => (
                <label key={h.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="householdIds" value={h.id} defaultChecked={selectedIds.includes(h.id)} />
                  <span className="font-mono">{h.code}</span>
                  <span className="text-slate-500">{status(h.status)} · {h.size}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={pending}>{pending ? t('saving') : t('save')}</Button>
            <FormNotice message={notice} />
          </div>
        </form>
      ) : null}
    </div>
  );
}
