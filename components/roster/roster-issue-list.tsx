'use client';

// The bad rows of a rejected roster file: line number and reason, the first few hundred and the total.
import { useTranslations } from 'next-intl';
import type { RosterIssue } from '@/modules/households/roster-row';

export function RosterIssueList({ issueCount, issues }: { issueCount: number; issues: RosterIssue[] }) {
  const t = useTranslations('siteVisits.roster');
  const reason = useTranslations('siteVisits.roster.reasons') as unknown as (key: string, params?: object) => string;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{t('invalid', { count: issueCount })}</p>
      <p className="mt-1">{t('invalidShown', { shown: issues.length })}</p>
      <ol className="mt-2 max-h-96 space-y-1 overflow-y-auto">
        {issues.map((issue, i) => (
          <li key={`${issue.line}-${i}`} className="flex flex-wrap gap-x-2">
            <span className="font-mono text-red-800">{t('line', { line: issue.line })}</span>
            <span>{reason(issue.reason, issue.params)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
