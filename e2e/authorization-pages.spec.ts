// The page cells of the authorization matrix (scripts/test/authorization-matrix.ts): every page
// is requested anonymously and as each demo role, against the built app, and its status compared
// with the row. Statuses are read with plain GETs that do not follow redirects; each role signs in
// once through the login form and its cookies are reused for all of its cells.
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { expectedOutcome, MATRIX_ROLES, PAGE_ROWS, type FindingRecord, type MatrixRole, type Outcome } from '../scripts/test/authorization-matrix';
import { signIn } from './support/auth';
import { demoIds, pathOf, type DemoIds } from './support/demo-pages';

type Caller = MatrixRole | 'anonymous';
const CALLERS: readonly Caller[] = ['anonymous', ...MATRIX_ROLES];

/** What a page answer looks like for each outcome of the matrix. */
function describe(status: number, location: string | undefined): string {
  if (status >= 300 && status < 400) return `${status} → ${location ?? '?'}`;
  return String(status);
}

function expectedAnswer(outcome: Outcome, isPublic: boolean, path: string): (status: number, location?: string) => boolean {
  if (isPublic) {
    // The login page: shown to a visitor, and a signed-in user is sent on to the home page.
    return outcome === 'UNAUTHENTICATED' ? (s) => s === 200 : (s, l) => s === 307 && l === '/';
  }
  switch (outcome) {
    case 'UNAUTHENTICATED':
      return (s, l) => s === 307 && l === `/login?callbackUrl=${encodeURIComponent(path)}`;
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      return (s) => s === 404;
    default:
      // The assessment's findings address only sends on to the findings list filtered by it.
      if (/^\/assessments\/[^/]+\/findings$/.test(path)) return (s, l) => s === 307 && l === `/findings?assessment=${path.split('/')[2]}`;
      return (s) => s === 200;
  }
}

const EXPECTED_TEXT: Record<Outcome, string> = {
  allowed: '200',
  UNAUTHENTICATED: '307 → /login',
  FORBIDDEN: '404 (no permission)',
  NOT_FOUND: '404 (out of scope)',
  VALIDATION: 'a validation error',
};

let ids: DemoIds;
const contexts = new Map<Caller, APIRequestContext>();

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  ids = await demoIds();
  contexts.set('anonymous', await request.newContext({ baseURL }));
  for (const role of MATRIX_ROLES) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signIn(page, role, undefined, { timeout: 30_000 });
    contexts.set(role, await request.newContext({ baseURL, storageState: await context.storageState() }));
    await context.close();
  }
});

test.afterAll(async () => {
  await Promise.all([...contexts.values()].map((c) => c.dispose()));
});

for (const [key, row] of Object.entries(PAGE_ROWS)) {
  test(key, async () => {
    const records: (FindingRecord | undefined)[] = row.finding ? ['fengkai', 'huaiji'] : [undefined];
    const cells = records.flatMap((record) => CALLERS.map((caller) => ({ caller, record })));
    const differences: string[] = [];
    await Promise.all(
      cells.map(async ({ caller, record }) => {
        const path = pathOf(key, ids, record);
        const outcome = expectedOutcome(row, caller, record);
        const response = await contexts.get(caller)!.get(path, { maxRedirects: 0, timeout: 60_000 });
        const location = response.headers()['location']?.replace(/^https?:\/\/[^/]+/, '');
        if (!expectedAnswer(outcome, Boolean(row.public), path)(response.status(), location)) {
          differences.push(`${key} (${path}) as ${caller}${record ? ` on the ${record} finding` : ''}: expected ${EXPECTED_TEXT[outcome]}, got ${describe(response.status(), location)}`);
        }
      }),
    );
    expect(differences).toEqual([]);
  });
}
