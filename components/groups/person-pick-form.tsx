'use client';

// Picks a person for a group, as leader or as member: a search box narrows the list (name,
// username, title or home region), the select holds the choice. Keyboard-only friendly.
import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { addMemberAction, setLeaderAction } from '@/modules/groups/actions';
import type { PersonOption } from '@/modules/groups/queries';
import { Button } from '@/components/ui/button';
import { controlProps, Field, FormAlert, FormNotice } from '@/components/ui/form-controls';
import { useSubmit } from '@/components/ui/use-submit';
import { personLabel } from '@/components/groups/person-label';
import { scopeErrors } from '@/components/groups/scoped-errors';

type Props = { groupId: string; mode: 'leader' | 'member'; people: PersonOption[]; excludeIds: string[] };

function matches(person: PersonOption, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [person.displayName, person.username, person.title ?? '', person.homeRegion?.name ?? ''].some((s) => s.toLowerCase().includes(q));
}

export function PersonPickForm({ groupId, mode, people, excludeIds }: Props) {
  const t = useTranslations('groups.pick');
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [query, setQuery] = useState('');
  const [userId, setUserId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const scope = `${mode}-${groupId}`;
  const errors = scopeErrors(failure?.fieldErrors, scope);
  const excluded = new Set(excludeIds);
  // The current choice stays listed even when the search no longer matches it.
  const options = people.filter((p) => !excluded.has(p.id) && (p.id === userId || matches(p, query)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const run = mode === 'leader' ? setLeaderAction : addMemberAction;
    if (await submit(() => run({ groupId, userId }))) {
      setDone(people.find((p) => p.id === userId)?.displayName ?? '');
      setUserId('');
      setQuery('');
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={failure?.message} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={`${scope}-search`} label={t(`${mode}.search`)} errors={{}}>
          <input
            {...controlProps(`${scope}-search`, {})}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('searchPlaceholder')}
            autoComplete="off"
          />
        </Field>
        <Field id={`${scope}-userId`} label={t(`${mode}.label`)} errors={errors}>
          <select {...controlProps(`${scope}-userId`, errors)} value={userId} onChange={(e) => setUserId(e.target.value)} required>
            <option value="">{t('choose', { count: options.length })}</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" variant="secondary" disabled={pending || !userId}>
          {pending ? t('saving') : t(`${mode}.submit`)}
        </Button>
        <FormNotice message={done !== null && !pending ? t(`${mode}.done`, { name: done }) : null} />
      </div>
    </form>
  );
}
