// The outcome of an audit trail check: verdict, first problem, head and latest checkpoint.
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { AuditProblem, AuditVerification } from '@/modules/audit/queries';
import { DateTime } from '@/components/date-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="min-w-0 text-sm break-all text-slate-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

const Hash = ({ value }: { value: string }) => <code className="font-mono text-xs">{value}</code>;

function ProblemText({ problem }: { problem: AuditProblem }) {
  const t = useTranslations('audit');
  switch (problem.kind) {
    case 'brokenEvent':
      return t('problem.brokenEvent', { id: problem.eventId, reason: t(`reason.${problem.reason}`) });
    case 'checkpointMismatch': {
      const { id, count, hash, at } = problem.checkpoint;
      return problem.found
        ? t('problem.checkpointMismatch', { id, count, hash, at, foundCount: problem.found.count, foundHash: problem.found.hash })
        : t('problem.checkpointMissing', { id, at });
    }
    case 'missingTail': {
      const { id, count, at } = problem.checkpoint;
      return t('problem.missingTail', { id, count, at, events: problem.events });
    }
    case 'badCheckpointLine':
      return t('problem.badCheckpointLine', { line: problem.line });
  }
}

export function VerificationSummary({ result, checkpointFile }: { result: AuditVerification; checkpointFile: string }) {
  const t = useTranslations('audit');
  const latest = result.latestCheckpoint;
  return (
    <Card>
      <dl className="divide-y divide-slate-100">
        <Row label={t('status')}>
          <Badge tone={result.ok ? 'green' : 'red'} wrap>{result.ok ? t('ok') : t('broken')}</Badge>
        </Row>
        {result.problem ? (
          <Row label={t('firstProblem')}>
            <p role="alert" className="font-medium text-red-800">
              <ProblemText problem={result.problem} />
            </p>
          </Row>
        ) : null}
        <Row label={t('events')}>
          {t('eventsValue', { events: result.events, legacy: result.legacyEvents })}
        </Row>
        <Row label={t('head')}>
          {result.head ? (
            <>
              {t('eventNumber', { id: result.head.id })} · <DateTime value={result.head.at} />
              <br />
              <Hash value={result.head.hash} />
            </>
          ) : (
            t('none')
          )}
        </Row>
        <Row label={t('latestCheckpoint')}>
          {latest ? (
            <>
              {t('checkpointValue', { id: latest.id, count: latest.count })} · <DateTime value={new Date(latest.at)} />
              <br />
              <Hash value={latest.hash} />
            </>
          ) : (
            t('none')
          )}
        </Row>
        <Row label={t('checkpoints')}>{result.checkpoints}</Row>
        <Row label={t('checkpointFile')}>
          <Hash value={checkpointFile} />
        </Row>
      </dl>
    </Card>
  );
}
