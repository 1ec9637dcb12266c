// How a person reads in lists and options: a user with their title, or a named external person
// with title and organisation.
import type { AgendaItemView, MeetingPerson } from '@/modules/meetings/queries';

type Translate = (key: 'withTitle', values: { name: string; title: string }) => string;

export function personOption(t: Translate, person: Pick<MeetingPerson, 'displayName' | 'title'>): string {
  return person.title ? t('withTitle', { name: person.displayName, title: person.title }) : person.displayName;
}

/** The presenter of an agenda item: name, and title and organisation when known. */
export function presenterOf(item: AgendaItemView): { name: string; detail: string } {
  if (item.presenter) return { name: item.presenter.displayName, detail: item.presenter.title ?? '' };
  return {
    name: item.presenterName ?? '',
    detail: [item.presenterOrganisation, item.presenterTitle].filter(Boolean).join(' '),
  };
}
