// The history of a demo finding: the audit events that the people's steps would have written, from
// the draft to the state the finding is seeded in, through the app's own audit helper so that the
// chain verifies. Written once per finding (a finding that already has events is left alone).
import type { FindingStatus } from '@/lib/generated/prisma/enums';
import { localDateTime } from '@/lib/local-time';
import { recordAuditEvent } from '@/modules/audit/mutations';
import type { DbClient } from '@/seeds/factories/client';

export type HistoryFinding = {
  id: string;
  assessmentId: string;
  status: FindingStatus;
  createdById: string;
  createdAt: Date;
  fields: Record<string, unknown>;
  issuedAt: Date | null;
  appealDeadline: Date | null;
  closedAt: Date | null;
  plan?: Record<string, unknown> & { proofNote?: string; progress?: string };
  appealReason?: string;
  closingNote?: string;
};

export type HistoryPeople = { leaderId: string; assessorId: string; officialId: string };

type Step = { action: string; actorId: string; at: Date; data: Record<string, unknown> };

const REACHED: Record<FindingStatus, number> = { DRAFT: 0, CONFIRMED: 1, ISSUED: 2, APPEALED: 3, WITHDRAWN: 3, PLAN_SUBMITTED: 3, PROOF_SUBMITTED: 4, CLOSED: 5 };

/** The steps, in order, that bring a new finding to `f.status` (the path a real finding takes). */
export function historySteps(f: HistoryFinding, people: HistoryPeople): Step[] {
  const reached = REACHED[f.status];
  const move = (action: string, actorId: string, at: Date, from: FindingStatus, to: FindingStatus, data: Record<string, unknown> = {}): Step => ({
    action: `finding.${action}`, actorId, at, data: { from, to, ...data },
  });
  const steps: Step[] = [{ action: 'finding.create', actorId: f.createdById, at: f.createdAt, data: f.fields }];
  if (reached >= 1) steps.push(move('confirm', people.leaderId, localDateTime('2019-02-20T09:00'), 'DRAFT', 'CONFIRMED'));
  if (reached >= 2 && f.issuedAt) {
    steps.push(move('issue', people.leaderId, f.issuedAt, 'CONFIRMED', 'ISSUED', { appealWindowDays: 7, appealDeadline: f.appealDeadline }));
  }
  if (f.status === 'APPEALED') steps.push(move('appeal', people.officialId, localDateTime('2019-02-28T10:00'), 'ISSUED', 'APPEALED', { reason: f.appealReason }));
  if (reached >= 3 && f.plan) {
    const { proofNote, progress, ...plan } = f.plan;
    steps.push(move('submitPlan', people.officialId, localDateTime('2019-03-08T10:00'), 'ISSUED', 'PLAN_SUBMITTED', plan));
    if (progress) steps.push({ action: 'rectification.progress', actorId: people.officialId, at: localDateTime('2019-03-20T09:00'), data: { note: progress } });
    if (reached >= 4) steps.push(move('submitProof', people.officialId, localDateTime('2019-04-10T10:00'), 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', { note: proofNote }));
  }
  if (f.status === 'CLOSED' && f.closedAt) steps.push(move('close', people.assessorId, f.closedAt, 'PROOF_SUBMITTED', 'CLOSED', { note: f.closingNote ?? null }));
  return steps;
}

export async function seedFindingHistory(db: DbClient, f: HistoryFinding, people: HistoryPeople): Promise<void> {
  if ((await db.auditEvent.count({ where: { entityType: 'Finding', entityId: f.id } })) > 0) return;
  for (const step of historySteps(f, people)) {
    await recordAuditEvent(db, step.actorId, { action: step.action, entityType: 'Finding', entityId: f.id, assessmentId: f.assessmentId, data: step.data }, step.at);
  }
}
