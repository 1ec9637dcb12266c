#!/usr/bin/env node
// `npm run worker`: the import worker process (scripts/import-worker.ts), beside `next start`.
// The worker acts for the user who uploaded a file (loaded from the database) and never reads a
// browser session; but the actor module it uses also loads the next-auth session, which plain Node
// cannot import outside Next. That one module is answered with a stub. tsx's hooks (registered
// later) run first and pass the mapped path on to this one.
import { register } from 'node:module';
import { tsImport } from 'tsx/esm/api';

const SESSION_STUB = 'data:text/javascript,export async function getSessionUserId() { return null; }';
register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  return /modules\\/auth\\/session(\\.ts)?$/.test(specifier) ? { url: ${JSON.stringify(SESSION_STUB)}, shortCircuit: true } : next(specifier, context);
}`)}`);

await tsImport('./import-worker.ts', import.meta.url);
