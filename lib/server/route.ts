// Wraps a route handler in the guarded path: JSON in (body, or query for GET), JSON out,
// with the HTTP status taken from the AppError code. Nobody signed in is answered before the body
// is read; a body that is too large or not JSON is refused in the app's own words.
import type { z } from 'zod';
import { APP_ERROR_STATUS, type ActionResult } from '@/lib/app-error';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import { runGuarded, type GuardedDefinition } from '@/lib/server/guarded';
import { readBodyText } from '@/lib/server/read-body';
import { withRequestId } from '@/lib/server/request-context';
import { getActor } from '@/modules/auth/actor';

/** JSON bodies are form fields, never files: 1 MB is far above any form of the app. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export function route<S extends z.ZodType, R>(def: GuardedDefinition<S, R>): (request: Request) => Promise<Response> {
  return (request) => routeResponse(def, request);
}

/**
 * One request through the guarded path. `fromUrl` holds what the URL names (a record's id from a
 * dynamic segment); it overrides the body's fields of the same name. The answer carries the request's id.
 */
export function routeResponse<S extends z.ZodType, R>(def: GuardedDefinition<S, R>, request: Request, fromUrl: Record<string, string> = {}): Promise<Response> {
  return withRequestId(request, () => answer(def, request, fromUrl));
}

async function answer<S extends z.ZodType, R>(def: GuardedDefinition<S, R>, request: Request, fromUrl: Record<string, string>): Promise<Response> {
  // Nobody signed in: 401 before a byte of the body is read.
  if (!(await getActor())) {
    const t = await getServerTranslator();
    return Response.json({ ok: false, code: 'UNAUTHENTICATED', message: t('errors.UNAUTHENTICATED') }, { status: APP_ERROR_STATUS.UNAUTHENTICATED });
  }
  const raw = await readInput(request);
  const input = raw.refused === undefined && Object.keys(fromUrl).length > 0 ? { ...(isObject(raw.input) ? raw.input : {}), ...fromUrl } : raw.input;
  const result: ActionResult<R> = raw.refused ? await refusal(raw.refused) : await runGuarded(def, input);
  const status = result.ok ? 200 : raw.refused === 'tooLarge' ? 413 : APP_ERROR_STATUS[result.code];
  return Response.json(result, { status });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Input = { input: unknown; refused?: undefined } | { input?: undefined; refused: 'tooLarge' | 'invalidJson' };

async function readInput(request: Request): Promise<Input> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    return { input: Object.fromEntries(new URL(request.url).searchParams) };
  }
  const text = await readBodyText(request, MAX_JSON_BODY_BYTES);
  if (text === null) return { refused: 'tooLarge' };
  if (!text) return { input: {} };
  try {
    return { input: JSON.parse(text) as unknown };
  } catch {
    return { refused: 'invalidJson' };
  }
}

async function refusal(reason: 'tooLarge' | 'invalidJson'): Promise<ActionResult<never>> {
  const t = await getServerTranslator();
  const message = reason === 'tooLarge' ? t('errors.bodyTooLarge', { max: MAX_JSON_BODY_BYTES / 1024 / 1024 }) : t('errors.invalidJson');
  return { ok: false, code: 'INVALID_INPUT', message };
}
