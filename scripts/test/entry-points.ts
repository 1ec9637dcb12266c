// Every public entry point of the app, found from the files rather than listed by hand, so a
// new server action or route handler is covered by the tests that use this as soon as it exists:
// each export of a 'use server' file under modules/, and each HTTP method of app/api/**/route.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Route files that are not the app's own guarded path, and why. */
export const NOT_GUARDED_ROUTES: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': "next-auth's own sign-in, sign-out, session and csrf endpoints",
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

export async function findRouteHandlers(): Promise<RouteHandler[]> {
  const files = walk('app/api').filter((f) => path.basename(f) === 'route.ts' && !(f in NOT_GUARDED_ROUTES));
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
