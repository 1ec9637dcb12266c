'use client';

// Plans a site visit (county, date, sub-team, notes) or edits one's date, sub-team and notes.
// What is typed is kept in the browser; an edit that meets someone else's save is merged onto it
// (the sub-team as a set: members added on each side are all kept).
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { planSiteVisitAction, updateSiteVisitAction } from '@/modules/site-visits/actions';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { DraftNotices } from '@/components/drafts/draft-notices';
import { useVersionedDraft, type DraftCodec } from '@/components/drafts/use-versioned-draft';
import type { MergeRecord } from '@/lib/merge/three-way';

export type TeamOption = { id: string; displayName: string; title: string | null; role: 'GROUP_LEADER' | 'ASSESSOR' | string };
type Values = { visitDate: string; memberIds: string[]; notes: string };
type Props = { team: TeamOption[]; initial: Values } & (
  | { mode: 'plan'; assessmentId: string; counties: { id: string; name: string }[] }
  | { mode: 'edit'; id: string; version: number }
);

const CODEC: DraftCodec<Values> = {
  encode: (v) => ({ visitDate: v.visitDate, notes: v.notes, memberIds: Object.fromEntries(v.memberIds.map((id) => [id, true])) }),
  decode: (r: MergeRecord) => ({ visitDate: String(r.visitDate ?? ''), notes: String(r.notes ?? ''), memberIds: Object.keys(r.memberIds ?? {}) }),
};

function readValues(form: HTMLFormElement): Values {
  const data = new FormData(form);
  return { visitDate: String(data.get('visitDate') ?? ''), memberIds: data.getAll('memberIds').map(String), notes: String(data.get('notes') ?? '') };
}

export function VisitForm(props: Props) {
  const t = useTranslations('siteVisits.form');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const errors = failure?.fieldErrors ?? {};
  const draft = useVersionedDraft({
    recordKey: props.mode === 'edit' ? `site-visit:${props.id}` : `site-visit:new:${props.assessmentId}`,
    version: props.mode === 'edit' ? props.version : 0,
    values: props.initial,
    codec: CODEC,
  });
  const initial = draft.mine;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    if (draft.conflicts.length > 0) return;
    const values = readValues(event.currentTarget);
    if (props.mode === 'plan') {
      const regionId = String(new FormData(event.currentTarget).get('regionId') ?? '');
      const created = await submit(() => planSiteVisitAction({ ...values, assessmentId: props.assessmentId, regionId }));
      if (created) {
        draft.reset();
        router.push(`/site-visits/${created.id}`);
      }
      return;
    }
    const updated = await submit(async () => draft.checkConflict(await updateSiteVisitAction({ ...values, id: props.id, version: draft.version })));
    if (updated) {
      draft.markSaved(values, updated.version);
      setNotice(t('saved'));
      router.refresh();
    }
  }

  const membersHint = t('membersHint');
  return (
    <form key={draft.generation} onSubmit={onSubmit} onChange={(e) => draft.update(() => readValues(e.currentTarget))} noValidate className="space-y-4">
      <FormAlert message={failure?.code === 'CONFLICT' ? null : failure?.message} />
      <DraftNotices draft={draft} labelOf={([field]) => t(field === 'visitDate' ? 'visitDate' : field === 'notes' ? 'notes' : 'members')} />
      <div className="grid gap-4 sm:grid-cols-2">
        {props.mode === 'plan' ? (
          <Field id="regionId" label={t('county')} errors={errors}>
            <select {...controlProps('regionId', errors)} required defaultValue="">
              <option value="" disabled>{t('choose')}</option>
              {props.counties.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </Field>
        ) : null}
        <Field id="visitDate" label={t('visitDate')} errors={errors}>
          <input {...controlProps('visitDate', errors)} type="date" required defaultValue={initial.visitDate} />
        </Field>
      </div>
      <fieldset aria-describedby={['memberIds-hint', errors.memberIds ? 'memberIds-error' : ''].filter(Boolean).join(' ')} aria-invalid={errors.memberIds ? true : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t('members')}</legend>
        <p id="memberIds-hint" className="text-xs text-slate-500">{membersHint}</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {props.team.map((m) => (
            <label key={m.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="memberIds" value={m.id} defaultChecked={initial.memberIds.includes(m.id)} className="mt-1" />
              <span>
                {m.displayName}
                <span className="block text-xs text-slate-500">{[m.role === 'GROUP_LEADER' ? t('leader') : t('assessor'), m.title].filter(Boolean).join(' · ')}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.memberIds ? <p id="memberIds-error" className="mt-1 text-sm text-red-700">{errors.memberIds.join(' ')}</p> : null}
      </fieldset>
      <Field id="notes" label={t('notes')} hint={t('notesHint')} errors={errors}>
        <textarea {...controlProps('notes', errors, t('notesHint'))} rows={3} maxLength={2000} defaultValue={initial.notes} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || draft.conflicts.length > 0}>
          {props.mode === 'plan' ? (pending ? t('planning') : t('plan')) : pending ? t('saving') : t('save')}
        </Button>
        <FormNotice message={notice} />
      </div>
    </form>
  );
}
