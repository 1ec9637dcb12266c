// Raw input → the schema's output, or INVALID_INPUT with translated messages per field. The text
// rule (input-text.ts) runs first on everything, then zod. Every entry point parses through here:
// runGuarded for actions and route handlers, and any handler that reads multipart fields itself.
import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/app-error';
import { getCatalogTranslator, type CatalogTranslator } from '@/lib/i18n/server-translator';
import { cleanInput, type TextProblem } from '@/lib/server/input-text';

export async function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Promise<z.output<S>> {
  const cleaned = cleanInput(raw);
  if (!cleaned.ok) throw new AppError('INVALID_INPUT', { fieldErrors: await textFieldErrors(cleaned.problems) });
  const parsed = schema.safeParse(cleaned.value);
  if (!parsed.success) throw new AppError('INVALID_INPUT', { fieldErrors: await toFieldErrors(parsed.error, cleaned.value) });
  return parsed.data;
}

export function translate(t: CatalogTranslator, key: string, params: Record<string, string | number> = {}): string | null {
  return t.has(key) ? t(key, params) : null;
}

async function textFieldErrors(problems: { path: string; problem: TextProblem }[]): Promise<FieldErrors> {
  const t = await getCatalogTranslator();
  const out: FieldErrors = {};
  for (const { path, problem } of problems) addFieldError(out, path, translate(t, `validation.${problem}`) ?? problem);
  return out;
}

// Own properties only: a field named like a member of Object.prototype (`constructor`) is a field.
function addFieldError(out: FieldErrors, field: string, message: string): void {
  if (Object.hasOwn(out, field)) out[field]?.push(message);
  else Object.defineProperty(out, field, { value: [message], enumerable: true, writable: true, configurable: true });
}

/**
 * zod issues → field path → translated messages (validation.<code> in the catalogs). A custom issue's
 * message is a key: bare, it names a message in `validation`; dotted, a full path (`notifications.schedule.x`).
 */
async function toFieldErrors(error: z.ZodError, raw: unknown): Promise<FieldErrors> {
  const t = await getCatalogTranslator();
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_';
    const params = issueParams(issue, valueAt(raw, issue.path));
    const message =
      (issue.code === 'custom' ? translate(t, issue.message.includes('.') ? issue.message : `validation.${issue.message}`, params) : null) ??
      translate(t, `validation.${params.kind}`, params) ??
      issue.message;
    addFieldError(out, field, message);
  }
  return out;
}

/** The value as it was sent, before any coercion: zod's issues do not carry it. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueParams(issue: z.core.$ZodIssue, sent: unknown): Record<string, string | number> & { kind: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (sent === undefined || sent === null || sent === '') return { kind: 'required' };
      // A number field given a fraction, or a word (coerced to NaN): say what it must be.
      if (issue.expected === 'int') return { kind: 'not_integer' };
      return { kind: issue.expected === 'number' ? 'not_number' : 'invalid_type' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { kind: 'required' };
      return { kind: `too_small_${issue.origin === 'string' ? 'string' : 'number'}`, minimum: Number(issue.minimum) };
    case 'too_big':
      return { kind: `too_big_${issue.origin === 'string' ? 'string' : 'number'}`, maximum: Number(issue.maximum) };
    case 'invalid_format':
      return { kind: 'invalid_format' };
    case 'invalid_value':
      return { kind: 'invalid_value' };
    case 'custom':
      return { ...messageParams(issue.params), kind: 'custom' };
    default:
      return { kind: issue.code };
  }
}

/** The words and numbers a custom issue passes to its message. */
function messageParams(params: Record<string, unknown> | undefined): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params ?? {}).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
}
