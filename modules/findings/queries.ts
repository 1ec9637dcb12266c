// Reads of one finding, always through the actor's scope: null (→ 404) when it does not exist
// or the actor may not see it. What each party may do with it is decided by the page from
// access.ts and rules.ts; the history of a finding comes from the audit trail.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { canInGroup } from '@/modules/assessments/access';
import { findEntityHistory } from '@/modules/audit/queries';
import { findingScope } from '@/modules/findings/access';

const ATTACHMENT_SELECT = {
  id: true,
  fileName: true,
  deviceSha256: true,
  mimeType: true,
  sizeBytes: true,
  latitude: true,
  longitude: true,
  takenAt: true,
  createdAt: true,
  uploadedBy: { select: { displayName: true } },
} as const;

const NAME = { select: { displayName: true } } as const;

const FINDING_SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  severity: true,
  category: true,
  version: true,
  createdAt: true,
  issuedAt: true,
  appealDeadline: true,
  closedAt: true,
  closingNote: true,
  dueDate: true,
  // The proof of a finding recorded in the field (null on findings made in the form).
  submissionKey: true,
  latitude: true,
  longitude: true,
  positionAccuracy: true,
  recordedAt: true,
  deviceSentAt: true,
  receivedAt: true,
  flags: true,
  region: { select: { id: true, name: true, path: true, latitude: true } },
  indicator: { select: { id: true, code: true, name: true } },
  createdBy: { select: { displayName: true, title: true } },
  assessment: {
    select: {
      id: true,
      groupId: true,
      campaign: { select: { id: true, name: true } },
      group: { select: { number: true } },
      targetRegion: { select: { id: true, code: true, name: true, path: true } },
    },
  },
  siteVisit: { select: { id: true, visitDate: true, region: { select: { name: true } } } },
  check: { select: { id: true, household: { select: { code: true } } } },
  attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: ATTACHMENT_SELECT },
  rectification: {
    select: {
      id: true,
      version: true,
      leadUnit: true,
      responsibleUnits: true,
      measures: true,
      personInCharge: true,
      deadline: true,
      status: true,
      proofNote: true,
      verifiedAt: true,
      updates: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, note: true, createdAt: true, author: NAME } },
      attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: ATTACHMENT_SELECT },
    },
  },
  appeals: {
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      reason: true,
      submittedAt: true,
      decision: true,
      decisionNote: true,
      decidedAt: true,
      submittedBy: NAME,
      decidedBy: NAME,
      attachments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: ATTACHMENT_SELECT },
    },
  },
  comments: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, body: true, anchor: true, createdAt: true, author: NAME } },
} satisfies Prisma.FindingSelect;

/**
 * The names along each region path from the assessment's target down ("肇庆市 › 封开县 › 长岗镇 ›
 * 上坪村"), read in one query. Paths are chains of region codes.
 */
export async function findRegionTrails(db: Db | Tx, paths: string[], targetCode: string): Promise<Map<string, string[]>> {
  const chains = new Map(paths.map((path) => [path, path.split('/').filter(Boolean)]));
  const codes = [...new Set([...chains.values()].flat())];
  const regions = await db.region.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } });
  const names = new Map(regions.map((r) => [r.code, r.name]));
  return new Map([...chains].map(([path, chain]) => [path, chain.slice(Math.max(0, chain.indexOf(targetCode))).map((code) => names.get(code) ?? code)]));
}

export async function getFinding(db: Db, actor: Actor, id: string) {
  const finding = await db.finding.findFirst({ where: { AND: [{ id }, findingScope(actor)] }, select: FINDING_SELECT });
  if (!finding) return null;
  const trails = await findRegionTrails(db, [finding.region.path], finding.assessment.targetRegion.code);
  return { ...finding, regionTrail: trails.get(finding.region.path) ?? [finding.region.name] };
}

export type FindingDetail = NonNullable<Awaited<ReturnType<typeof getFinding>>>;
export type FindingAttachment = FindingDetail['attachments'][number];

/** A stored file of a visible finding: its evidence, its proof of completion or its appeal's evidence. */
export async function getFindingAttachment(db: Db, actor: Actor, findingId: string, attachmentId: string) {
  const visible = await db.finding.count({ where: { AND: [{ id: findingId }, findingScope(actor)] } });
  if (visible === 0) return null;
  return db.attachment.findFirst({
    where: { id: attachmentId, OR: [{ findingId }, { rectification: { findingId } }, { appeal: { findingId } }] },
    select: { sha256: true, fileName: true, mimeType: true },
  });
}

/** What the region is told: the group's drafting and confirmation stay inside the group. */
const REGION_EVENTS = /^(finding\.(issue|appeal|appeal\.evidence|uphold|withdraw|submitPlan|submitProof|close|return)|rectification\.\w+)$/;

export async function findFindingHistory(db: Db, actor: Actor, finding: { id: string; assessment: { groupId: string } }) {
  const events = await findEntityHistory(db, 'Finding', finding.id);
  return canInGroup(actor, 'finding.read', finding.assessment.groupId) ? events : events.filter((e) => REGION_EVENTS.test(e.action));
}

