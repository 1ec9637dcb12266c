// Links from the assessment hub to the pages of its later stages. Each page checks access itself.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

const SECTIONS = ['reports', 'siteVisits', 'findings', 'ledger', 'results'] as const;
const PATHS: Record<(typeof SECTIONS)[number], string> = {
  reports: 'reports',
  siteVisits: 'site-visits',
  findings: 'findings',
  ledger: 'ledger',
  results: 'results',
};

export async function AssessmentSections({ assessmentId }: { assessmentId: string }) {
  const t = await getTranslations('assessment.sections');
  return (
    <nav aria-label={t('label')} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {SECTIONS.map((section) => (
          <li key={section}>
            <Link
              href={`/assessments/${assessmentId}/${PATHS[section]}`}
              className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
            >
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
