import { describe, expect, it } from 'vitest';
import { PAGE_ROWS } from './authorization-matrix';
import { blockingViolations, scanPlan, scanTargets } from './accessibility-scan';

describe('scanTargets', () => {
  it('gives anonymous only the login page', () => {
    expect(scanTargets('anonymous')).toEqual([{ key: 'page /login' }]);
  });

  it('gives the admin every signed-in page, the finding page on the first demo finding', () => {
    const keys = scanTargets('admin').map((t) => t.key);
    expect(keys).toContain('page /audit');
    expect(keys).not.toContain('page /login');
    expect(keys).toHaveLength(Object.keys(PAGE_ROWS).length - 1);
    expect(scanTargets('admin').find((t) => t.key === 'page /findings/[id]')).toEqual({ key: 'page /findings/[id]', record: 'fengkai' });
  });

  it('leaves out pages a role may not open and records out of its scope', () => {
    const huaiji = scanTargets('huaiji');
    // Admin-only pages, and Fengkai's site visit, which Huaiji's official does not see.
    expect(huaiji.map((t) => t.key)).not.toContain('page /users');
    expect(huaiji.map((t) => t.key)).not.toContain('page /site-visits/[id]');
    expect(huaiji.find((t) => t.key === 'page /findings/[id]')).toEqual({ key: 'page /findings/[id]', record: 'huaiji' });
    // Zhongshan helps Zhaoqing but holds neither county's finding.
    expect(scanTargets('zhongshan').map((t) => t.key)).not.toContain('page /findings/[id]');
    expect(scanTargets('zhongshan').map((t) => t.key)).toContain('page /findings');
  });
});

describe('scanPlan', () => {
  it('scans every page exactly once, by the first caller that may open it', () => {
    const plan = scanPlan();
    const keys = [...plan.values()].flat().map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(Object.keys(PAGE_ROWS)));
    expect(plan.get('anonymous')?.map((t) => t.key)).toEqual(['page /login']);
    // The group's pages go to its leader; admin-only pages to the admin.
    expect(plan.get('leader6')?.map((t) => t.key)).toContain('page /findings/[id]');
    expect(plan.get('admin')?.map((t) => t.key)).toContain('page /users');
    expect(plan.get('leader6')?.map((t) => t.key)).not.toContain('page /users');
  });
});

describe('blockingViolations', () => {
  const node = (...target: string[]) => ({ target });

  it('reports serious and critical violations with page, rule and elements, and skips the others', () => {
    const lines = blockingViolations(
      [
        { id: 'link-name', impact: 'serious', help: 'Links must have discernible text', nodes: [node('a.start'), node('#x', 'a')] },
        { id: 'region', impact: 'moderate', help: 'All content should be in landmarks', nodes: [node('p')] },
        { id: 'aria-valid-attr', impact: 'critical', help: 'ARIA attributes must be valid', nodes: [node('div')] },
        { id: 'other', impact: null, help: 'unknown impact', nodes: [node('span')] },
      ],
      '/findings [en, 360 px]',
    );
    expect(lines).toEqual([
      '/findings [en, 360 px]: link-name (serious) Links must have discernible text — a.start, #x > a',
      '/findings [en, 360 px]: aria-valid-attr (critical) ARIA attributes must be valid — div',
    ]);
  });

  it('names the first five elements and counts the rest', () => {
    const nodes = Array.from({ length: 7 }, (_, i) => node(`li:nth-child(${i + 1}) > a`));
    const [line] = blockingViolations([{ id: 'label-content-name-mismatch', impact: 'serious', help: 'h', nodes }], '/');
    expect(line).toBe('/: label-content-name-mismatch (serious) h — ' + [1, 2, 3, 4, 5].map((i) => `li:nth-child(${i}) > a`).join(', ') + ' and 2 more');
  });
});
