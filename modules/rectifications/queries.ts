// The rectification ledger (整改台账) of an assessment: every finding issued to the region (or
// later in its life) with its plan, deadline and state, through the actor's finding scope; and
// the count of overdue items that lists and homes make stand out.
import type { Db, Tx } from '@/lib/server/db';
import type { Actor } from '@/modules/auth/actor';
import { findingScope } from '@/modules/findings/access';
import { getListAssessment } from '@/modules/findings/form-queries';
import { findRegionTrails } from '@/modules/findings/queries';
import { isOverdue, REGION_VISIBLE_STATUSES } from '@/modules/findings/rules';

/** A ledger is printed: past this many rows the page says it is cut short and points to the list. */
export const LEDGER_LIMIT = 2000;

export async function getLedger(db: Db | Tx, actor: Actor, assessmentId: string, now = new Date()) {
  const assessment = await getListAssessment(db, actor, assessmentId);
  if (!assessment) return null;
  const rows = await db.finding.findMany({
    where: { AND: [{ assessmentId }, findingScope(actor), { status: { in: [...REGION_VISIBLE_STATUSES] } }] },
    orderBy: [{ region: { path: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
    take: LEDGER_LIMIT + 1,
    select: {
      id: true,
      title: true,
      severity: true,
      status: true,
      issuedAt: true,
      closedAt: true,
      region: { select: { path: true } },
      dueDate: true,
      rectification: { select: { leadUnit: true, responsibleUnits: true, measures: true, personInCharge: true, deadline: true } },
    },
  });
  const shown = rows.slice(0, LEDGER_LIMIT);
  // Below the target only: the ledger is about one target region, so its name would repeat on every row.
  const trails = await findRegionTrails(db, shown.map((row) => row.region.path), assessment.targetRegion.code);
  const withTrails = shown.map((row) => {
    const trail = trails.get(row.region.path) ?? [];
    return { ...row, region: trail.length > 1 ? trail.slice(1).join(' ') : trail.join(' '), overdue: isOverdue(row.status, row.dueDate, now) };
  });
  return { assessment, rows: withTrails, truncated: rows.length > LEDGER_LIMIT };
}

export type Ledger = NonNullable<Awaited<ReturnType<typeof getLedger>>>;
export type LedgerRow = Ledger['rows'][number];
