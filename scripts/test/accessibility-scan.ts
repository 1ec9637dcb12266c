// What the accessibility scan (e2e/accessibility.spec.ts) visits and how it reports: every page of
// the authorization matrix that a caller may open, and axe-core's violations that block a user
// (serious or critical) as one line each, naming the page, the rule and the elements.
import { expectedOutcome, FINDING_SCOPE, PAGE_ROWS, type FindingRecord, type MatrixRole } from './authorization-matrix';

export type ScanCaller = MatrixRole | 'anonymous';

/** A page row the caller may open, with the finding record it is opened on (rows with a finding). */
export type ScanTarget = { key: string; record?: FindingRecord };

/**
 * The page rows the caller gets a page for: the public ones for anonymous, the allowed non-public
 * ones for a role (a signed-in user opening the login page is sent home). A finding page is opened
 * on the first finding in the caller's scope.
 */
export function scanTargets(caller: ScanCaller): ScanTarget[] {
  return Object.entries(PAGE_ROWS).flatMap(([key, row]): ScanTarget[] => {
    if (caller === 'anonymous') return row.public ? [{ key }] : [];
    if (row.public) return [];
    const record = row.finding ? FINDING_SCOPE[caller][0] : undefined;
    if (row.finding && !record) return [];
    return expectedOutcome(row, caller, record) === 'allowed' ? [{ key, record }] : [];
  });
}

/**
 * Who scans each page: the first caller in this order that may open it. One scan per page keeps the
 * run to a few minutes; the group's leader sees the most of the group's pages, the city's official
 * the region's side, the admin the office's own pages.
 */
export const SCAN_ORDER: readonly ScanCaller[] = ['anonymous', 'leader6', 'zhaoqing', 'admin', 'assessor6', 'fengkai', 'huaiji', 'zhongshan'];

/** Each page once, under the first caller of SCAN_ORDER that may open it. */
export function scanPlan(): Map<ScanCaller, ScanTarget[]> {
  const plan = new Map<ScanCaller, ScanTarget[]>();
  const taken = new Set<string>();
  for (const caller of SCAN_ORDER) {
    const targets = scanTargets(caller).filter((t) => !taken.has(t.key));
    for (const t of targets) taken.add(t.key);
    if (targets.length > 0) plan.set(caller, targets);
  }
  return plan;
}

/** The impacts that fail the scan; moderate and minor ones are left to review. */
export const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** The part of an axe-core result the report reads (axe-core's `Result`, narrowed). */
export type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
};

/** One line per blocking violation: where, the rule, its impact and help, and the elements' selectors. */
export function blockingViolations(violations: readonly AxeViolation[], where: string): string[] {
  return violations
    .filter((v) => BLOCKING_IMPACTS.includes(v.impact ?? ''))
    .map((v) => {
      const targets = v.nodes.map((n) => n.target.map(String).join(' > '));
      const shown = targets.slice(0, 5).join(', ') + (targets.length > 5 ? ` and ${targets.length - 5} more` : '');
      return `${where}: ${v.id} (${v.impact}) ${v.help} — ${shown}`;
    });
}
