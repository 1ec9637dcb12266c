// For scripts that run application modules in plain Node (the import worker, benchmarks): they act
// for users loaded from the database and never read a browser session, but the actor module also
// loads the next-auth session, which cannot be imported outside Next. That one module is answered
// with a stub. Call before importing application code; tsx's hooks (registered later) run first
// and pass the mapped path on to this one.
import { register } from 'node:module';

const SESSION_STUB = 'data:text/javascript,export async function getSessionIdentity() { return null; }';

export function stubSessionModule() {
  register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  return /modules\\/auth\\/session(\\.ts)?$/.test(specifier) ? { url: ${JSON.stringify(SESSION_STUB)}, shortCircuit: true } : next(specifier, context);
}`)}`);
}
