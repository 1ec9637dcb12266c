// The newest check of the audit trail (run by the worker): when, verdict, first problem, head and
// latest checkpoint; and the check waiting or under way, with "verify now".
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { AuditProblem } from '@/modules/audit/queries';
import type { AuditVerificationStatus, StoredVerification } from '@/modules/audit/verification-runs';
import { VerifyNow } from '@/components/audit/verify-now';
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

type Run = NonNullable<AuditVerificationStatus['finished']>;

function PendingText({ run }: { run: Run }) {
  const t = useTranslations('audit');
  return run.status === 'running' && run.startedAt ? (
    <>{t('running', { events: run.events })} · <DateTime value={run.startedAt} /></>
  ) : (
    <>{t('queued')} · <DateTime value={run.requestedAt} /></>
  );
}

export function VerificationSummary({ status, checkpointFile }: { status: AuditVerificationStatus; checkpointFile: string }) {
  const t = useTranslations('audit');
  const { finished, pending } = status;
  return (
    <Card>
      <dl className="divide-y divide-slate-100">
        <Row label={t('checkedAt')}>
          {finished?.finishedAt ? (
            <>
              <DateTime value={finished.finishedAt} /> · {finished.requestedBy ? t('askedBy', { name: finished.requestedBy }) : t('scheduled')}
            </>
          ) : (
            t('never')
          )}
        </Row>
        {pending ? (
          <Row label={t('pending')}>
            <p role="status"><PendingText run={pending} /></p>
          </Row>
        ) : null}
        {finished?.error ? (
          <Row label={t('status')}>
            <Badge tone="amber" wrap>{t('failed', { error: finished.error })}</Badge>
          </Row>
        ) : null}
        {finished?.verification ? <Outcome result={finished.verification} /> : null}
        <Row label={t('checkpointFile')}>
          <Hash value={checkpointFile} />
        </Row>
      </dl>
      <div className="pt-4">
        <VerifyNow pending={pending !== null} />
      </div>
    </Card>
  );
}

function Outcome({ result }: { result: StoredVerification }) {
  const t = useTranslations('audit');
  const latest = result.latestCheckpoint;
  return (
    <>
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
            {t('eventNumber', { id: result.head.id })} · <DateTime value={new Date(result.head.at)} />
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
    </>
  );
}
