// Wraps a route handler in the guarded path: JSON in (body, or query for GET), JSON out,
// with the HTTP status taken from the AppError code.
import type { z } from 'zod';
import { APP_ERROR_STATUS } from '@/lib/app-error';
import { runGuarded, type GuardedDefinition } from '@/lib/server/guarded';

export function route<S extends z.ZodType, R>(def: GuardedDefinition<S, R>): (request: Request) => Promise<Response> {
  return async (request) => {
    const raw = await readInput(request);
    const result = raw === INVALID_JSON
      ? ({ ok: false, code: 'INVALID_INPUT', message: 'Invalid JSON body' } as const)
      : await runGuarded(def, raw);
    const status = result.ok ? 200 : APP_ERROR_STATUS[result.code];
    return Response.json(result, { status });
  };
}

const INVALID_JSON = Symbol('invalid json');

async function readInput(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    return Object.fromEntries(new URL(request.url).searchParams);
  }
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}
