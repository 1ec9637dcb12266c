// Loads a work report for a write, inside the guarded transaction: out of the actor's scope
// (or missing) → NOT_FOUND; in a closed campaign → refused. The region, group and assessment
// of every write on a report come from this row, never from the input.
import { AppError } from '@/lib/app-error';
import type { Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { assertCampaignWritable } from '@/modules/campaigns/rules';
import { reportScope } from '@/modules/reports/access';

const WRITE_SELECT = {
  id: true,
  kind: true,
  title: true,
  status: true,
  revision: true,
  version: true,
  narrative: true,
  submittedAt: true,
  assessmentId: true,
  reportingRegion: { select: { id: true, path: true } },
  assessment: {
    select: {
      groupId: true,
      campaignId: true,
      campaign: { select: { status: true } },
      targetRegion: { select: { id: true, path: true } },
    },
  },
} as const;

export async function loadReportForWrite(tx: Tx, actor: Actor, reportId: string) {
  const report = await tx.workReport.findFirst({ where: { AND: [{ id: reportId }, reportScope(actor)] }, select: WRITE_SELECT });
  if (!report) throw new AppError('NOT_FOUND');
  assertCampaignWritable(report.assessment.campaign.status);
  return report;
}

export type ReportForWrite = Awaited<ReturnType<typeof loadReportForWrite>>;
