// The assessment report on A4 paper: the cover (title, PRELIMINARY / FINAL line, facts) on a page
// of its own, then every section of the report model, the same model the .docx is written from.
import type { ReportModel } from '@/modules/results/report-model';
import { ReportTable } from '@/components/results/report-table';

export function ReportDocument({ model, printedAt }: { model: ReportModel; printedAt: string }) {
  const final = model.status === 'FINAL';
  return (
    <article className="print-report mx-auto max-w-4xl bg-white text-slate-900">
      <header className="report-cover border-b border-slate-300 pb-6 text-center">
        <h1 className="mt-4 text-2xl font-semibold break-words">{model.title}</h1>
        <p data-report-status={model.status} className={`mt-4 text-xl font-bold tracking-wide ${final ? 'text-blue-900' : 'text-red-700'}`}>
          {model.statusLine}
        </p>
        <dl className="mx-auto mt-6 grid max-w-xl gap-y-1 text-left text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {model.cover.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-slate-700">{label}</dt>
              <dd className="mb-2 break-words sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      {model.sections.map((section) => (
        <section key={section.key} aria-labelledby={`report-${section.key}`} className="report-section mt-6">
          <h2 id={`report-${section.key}`} className="mb-3 text-lg font-semibold">
            {section.title}
          </h2>
          {section.paragraphs.map((text, i) => (
            <p key={i} className="mb-2 leading-relaxed">
              {text}
            </p>
          ))}
          {section.tables.map((table, i) => (
            <ReportTable key={i} table={table} />
          ))}
        </section>
      ))}
      <p className="mt-6 border-t border-slate-300 pt-2 text-xs text-slate-500">{printedAt}</p>
    </article>
  );
}
