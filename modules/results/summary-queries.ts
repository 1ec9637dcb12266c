// The parts of a results snapshot read straight from the assessment's records: findings by severity and state
// with rectification progress, each sample's seed, rules and roster hash, and the head of the audit chain.
import type { FindingSeverity, FindingStatus } from '@/lib/generated/prisma/enums';
import { FindingSeverity as SEVERITIES, FindingStatus as STATUSES } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/server/db';
import { isOverdue } from '@/modules/findings/rules';
import type { FindingSummary, SampleAppendix } from '@/modules/results/snapshot';

export async function findFindingSummary(tx: Tx, assessmentId: string, now: Date): Promise<FindingSummary> {
  const findings = await tx.finding.findMany({
    where: { assessmentId },
    select: { severity: true, status: true, dueDate: true, rectification: { select: { status: true } } },
  });
  const bySeverity = Object.fromEntries(Object.values(SEVERITIES).map((s) => [s, 0])) as Record<FindingSeverity, number>;
  const byStatus = Object.fromEntries(Object.values(STATUSES).map((s) => [s, 0])) as Record<FindingStatus, number>;
  const rectification = { total: 0, verified: 0, overdue: 0 };
  for (const f of findings) {
    bySeverity[f.severity] += 1;
    byStatus[f.status] += 1;
    if (f.rectification) {
      rectification.total += 1;
      if (f.rectification.status === 'VERIFIED') rectification.verified += 1;
    }
    if (isOverdue(f.status, f.dueDate, now)) rectification.overdue += 1;
  }
  return { bySeverity, byStatus, rectification };
}

export async function findSampleAppendix(tx: Tx, assessmentId: string): Promise<SampleAppendix[]> {
  const samples = await tx.sample.findMany({
    where: { siteVisit: { assessmentId } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, seed: true, method: true, rules: true, rosterHash: true, createdAt: true, siteVisit: { select: { region: { select: { name: true } } } } },
  });
  return samples.map((s) => ({
    sampleId: s.id,
    countyName: s.siteVisit.region.name,
    seed: s.seed,
    method: s.method,
    rules: s.rules,
    rosterHash: s.rosterHash,
    createdAt: s.createdAt.toISOString(),
  }));
}

export async function findAuditHead(tx: Tx): Promise<{ id: string; hash: string } | null> {
  const head = await tx.auditEvent.findFirst({ orderBy: { id: 'desc' }, select: { id: true, hash: true } });
  return head ? { id: head.id.toString(), hash: head.hash } : null;
}
