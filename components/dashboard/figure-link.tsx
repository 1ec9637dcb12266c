// A dashboard number: a link to the list it counts, named with what it counts for screen readers.
// A plain anchor, not next/link: a province's dashboard holds hundreds of them, and each Link is a
// client component to hydrate that prefetches its list when it scrolls into view.

export function FigureLink({ href, value, label }: { href: string; value: number; label: string }) {
  return (
    <a href={href} aria-label={`${label}: ${value}`} className="figure-link">
      {value}
    </a>
  );
}

/** A labelled figure in a tile: the label above, the linked number below. */
export function FigureTile({ href, value, label }: { href: string; value: number; label: string }) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl">
        <FigureLink href={href} value={value} label={label} />
      </dd>
    </div>
  );
}

/** A rate beside its figures: a percentage or a dash when nothing is expected. */
export function RateTile({ value, label, hint }: { value: number | null; label: string; hint: string }) {
  return (
    <div className="min-w-0 rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold text-slate-900 tabular-nums" title={hint}>
        {value === null ? '—' : `${value}%`}
      </dd>
    </div>
  );
}
