// How a person is named in pickers and lists: name, then title and home region when known.
export type PersonLike = { displayName: string; title: string | null; homeRegion: { name: string } | null };

export function personDetails(person: PersonLike): string {
  return [person.title, person.homeRegion?.name].filter(Boolean).join(' · ');
}

export function personLabel(person: PersonLike): string {
  const details = personDetails(person);
  return details ? `${person.displayName} · ${details}` : person.displayName;
}
