// Every public entry point of the app, found from the files rather than listed by hand, so a
// new server action, route handler or page is covered by the tests that use this as soon as it
// exists: each export of a 'use server' file under modules/, each HTTP method of
// app/api/**/route.ts, and each app/**/page.tsx. When a build exists, its manifests are read too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Route files that answer anyone without a session, outside the guarded path: the probes of a load balancer. */
export const PUBLIC_ROUTES: Record<string, string> = {
  'app/api/health/route.ts': 'liveness probe: no session, no database, no input',
  'app/api/ready/route.ts': 'readiness probe: no session, no input; says only which part is not ready',
};

/** Route files that are not the app's own guarded path, and why. */
export const NOT_GUARDED_ROUTES: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own sign-in, sign-out, session and csrf endpoints",
  ...PUBLIC_ROUTES,
};

export type ServerAction = { file: string; name: string; fn: (input: unknown) => Promise<unknown> };
export type RouteHandler = {
  file: string;
  method: (typeof HTTP_METHODS)[number];
  /** The URL path with its dynamic segments as names, e.g. /api/findings/[id]/proof. */
  pattern: string;
  params: string[];
  fn: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
};

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(rel) : [rel];
  });
}

const isUseServer = (file: string) => /^(?:\s|\/\/[^\n]*\n)*['"]use server['"]/.test(readFileSync(path.join(ROOT, file), 'utf8'));

export async function findServerActions(): Promise<ServerAction[]> {
  const files = walk('modules').filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && isUseServer(f));
  const actions: ServerAction[] = [];
  for (const file of files.sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn === 'function') actions.push({ file, name, fn: fn as ServerAction['fn'] });
    }
  }
  return actions;
}

/** The guarded route handlers; `{ public: true }`: the public ones (PUBLIC_ROUTES) instead. */
export async function findRouteHandlers(options: { public?: boolean } = {}): Promise<RouteHandler[]> {
  const files = walk('app/api').filter((f) => path.basename(f) === 'route.ts' && (options.public ? f in PUBLIC_ROUTES : !(f in NOT_GUARDED_ROUTES)));
  const handlers: RouteHandler[] = [];
  for (const file of files.sort()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    const pattern = `/${path.dirname(file).replace(/^app\//, '')}`;
    const params = [...pattern.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1] ?? '');
    for (const method of HTTP_METHODS) {
      const fn = mod[method];
      if (typeof fn === 'function') handlers.push({ file, method, pattern, params, fn: fn as RouteHandler['fn'] });
    }
  }
  return handlers;
}

/** A page by its URL pattern: app/(app)/findings/[id]/page.tsx → /findings/[id] (route groups dropped). */
export function pagePattern(file: string): string {
  const segments = path.dirname(file).split('/').slice(1).filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

export function findPages(): string[] {
  return walk('app').filter((f) => path.basename(f) === 'page.tsx').map(pagePattern).sort();
}

/** The names an entry point has in the matrix: `page /findings/[id]`, `GET /api/checks`, `modules/x/actions.ts#fooAction`. */
export const entryKey = {
  page: (pattern: string) => `page ${pattern}`,
  route: (r: Pick<RouteHandler, 'method' | 'pattern'>) => `${r.method} ${r.pattern}`,
  action: (a: Pick<ServerAction, 'file' | 'name'>) => `${a.file}#${a.name}`,
};

/**
 * The pages, route files and server actions a production build of this worktree serves (Next 16
 * writes .next/server/app-paths-manifest.json and server-reference-manifest.json), or null without
 * a build. Route files come without their methods: the manifest names the file, not its exports.
 */
export function readBuiltEntryPoints(distDir = path.join(ROOT, '.next')): { pages: string[]; routeFiles: string[]; actions: string[] } | null {
  const appPaths = path.join(distDir, 'server/app-paths-manifest.json');
  const references = path.join(distDir, 'server/server-reference-manifest.json');
  if (!existsSync(appPaths) || !existsSync(references)) return null;
  const built = Object.keys(JSON.parse(readFileSync(appPaths, 'utf8')) as Record<string, string>);
  const pages = built.filter((p) => p.endsWith('/page') && !p.startsWith('/_')).map((p) => pagePattern(`app${p.replace(/\/page$/, '')}/page.tsx`));
  const routeFiles = built.filter((p) => p.startsWith('/api/') && p.endsWith('/route')).map((p) => `app${p}.ts`);
  const { node } = JSON.parse(readFileSync(references, 'utf8')) as { node: Record<string, { filename: string; exportedName: string }> };
  const actions = Object.values(node).map((a) => entryKey.action({ file: a.filename, name: a.exportedName }));
  return { pages: [...new Set(pages)].sort(), routeFiles: [...new Set(routeFiles)].sort(), actions: [...new Set(actions)].sort() };
}
