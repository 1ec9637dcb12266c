// Reading a region's findings from tallies (counts at every region on a finding's path) gives the
// same numbers as filtering the findings themselves by the actor's scope — for any tree, findings
// and scope (admins; groups' assessments; officials' regions, above, inside or beside the region shown).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingStatus } from '@/lib/generated/prisma/enums';
import { REGION_VISIBLE_STATUSES } from '@/modules/findings/rules';
import { isWithin } from '@/modules/regions/access';
import { rowsSeenUnder, type TallyScope } from '@/modules/dashboard/finding-tallies';

const STATUSES: FindingStatus[] = ['DRAFT', 'CONFIRMED', 'ISSUED', 'APPEALED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED', 'CLOSED', 'WITHDRAWN'];

// A fixed tree, three levels below a province: /p/c{i}/k{j}/v{k}/.
const PATHS = ['/p/'];
for (let c = 0; c < 2; c++) {
  PATHS.push(`/p/c${c}/`);
  for (let k = 0; k < 2; k++) {
    PATHS.push(`/p/c${c}/k${k}/`);
    for (let v = 0; v < 2; v++) PATHS.push(`/p/c${c}/k${k}/v${v}/`);
  }
}
const idOf = (path: string) => `id${path}`;
const regionIdOf = new Map(PATHS.map((p) => [p, idOf(p)]));

type Finding = { path: string; assessmentId: string; status: FindingStatus };

const finding = fc.record({
  path: fc.constantFrom(...PATHS),
  assessmentId: fc.constantFrom('a1', 'a2', 'a3'),
  status: fc.constantFrom(...STATUSES),
});

const scope = fc.record({
  all: fc.boolean(),
  groups: fc.subarray(['a1', 'a2', 'a3']),
  regions: fc.subarray(PATHS, { maxLength: 3 }),
});

/** The tallies, as the triggers keep them: every finding counted at each region on its path. */
function tallies(findings: readonly Finding[]) {
  const rows = new Map<string, { regionId: string; assessmentId: string; status: FindingStatus; n: number }>();
  for (const f of findings) {
    for (const path of PATHS.filter((p) => isWithin(f.path, p))) {
      const key = `${path}|${f.assessmentId}|${f.status}`;
      const row = rows.get(key) ?? { regionId: idOf(path), assessmentId: f.assessmentId, status: f.status, n: 0 };
      row.n += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

/** The scope as findingScope states it, applied to a finding. */
function sees(s: { all: boolean; groups: string[]; regions: string[] }, f: Finding): boolean {
  if (s.all) return true;
  const visible: readonly string[] = REGION_VISIBLE_STATUSES;
  return s.groups.includes(f.assessmentId) || (visible.includes(f.status) && s.regions.some((p) => isWithin(f.path, p)));
}

function tallyScope(s: { all: boolean; groups: string[]; regions: string[] }): TallyScope {
  // As loadTallyScope: only the outermost of the actor's regions.
  const outermost = [...new Set(s.regions)].filter((p) => !s.regions.some((q) => q !== p && isWithin(p, q)));
  return { all: s.all, groupAssessmentIds: new Set(s.all ? [] : s.groups), regionPaths: outermost };
}

describe('rowsSeenUnder', () => {
  it('counts under every region exactly the findings the scope lets the actor see', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), scope, fc.constantFrom(...PATHS), (findings, s, shownPath) => {
        const shown = { id: idOf(shownPath), path: shownPath };
        const counted = rowsSeenUnder(tallies(findings), tallyScope(s), shown, regionIdOf).reduce((n, r) => n + r.n, 0);
        const direct = findings.filter((f) => isWithin(f.path, shownPath) && sees(s, f)).length;
        expect(counted).toBe(direct);
      }),
      { numRuns: 1000 },
    );
  });

  it("counts a county official's findings from the province as from the county, and nothing beside it", () => {
    const findings: Finding[] = [
      { path: '/p/c0/k0/v0/', assessmentId: 'a1', status: 'ISSUED' },
      { path: '/p/c0/k0/v1/', assessmentId: 'a1', status: 'DRAFT' },
      { path: '/p/c0/k1/v0/', assessmentId: 'a1', status: 'ISSUED' },
    ];
    const official = tallyScope({ all: false, groups: [], regions: ['/p/c0/k0/'] });
    const count = (path: string) => rowsSeenUnder(tallies(findings), official, { id: idOf(path), path }, regionIdOf).reduce((n, r) => n + r.n, 0);
    expect([count('/p/'), count('/p/c0/'), count('/p/c0/k0/'), count('/p/c0/k1/')]).toEqual([1, 1, 1, 0]);
  });
});
