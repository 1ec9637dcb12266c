// The one logger of the server and the worker: JSON lines on stdout (pino), one object per event,
// with the level as a word, an ISO time, the process id, the host (which replica) and the build.
// Secrets never reach the log: fields named like passwords, tokens, cookies and authorization are
// replaced, and so are credentials inside an error's text (a cookie header, a URL's password).
import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger } from 'pino';
import { getBuildInfo, getEnv } from '@/lib/env';

export type { Logger };

const CENSOR = '[redacted]';
const SECRET_FIELDS = ['password', 'newPassword', 'currentPassword', 'passwordHash', 'token', 'sessionToken', 'secret', 'cookie', 'authorization'];
const SECRET_HEADERS = ['cookie', 'authorization', '["set-cookie"]', '["x-auth-token"]'];

/** Top-level and one level down (`{ input: { password } }`), and the headers of a request or response. */
const REDACT_PATHS = [
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`]),
  ...SECRET_HEADERS.flatMap((header) => [`headers${header.startsWith('[') ? header : `.${header}`}`, `*.headers${header.startsWith('[') ? header : `.${header}`}`]),
];

const SECRETS_IN_TEXT: [RegExp, string][] = [
  [/((?:password|passwordHash|newPassword|token|secret)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;}]+)/gi, `$1${CENSOR}`],
  // next-auth's cookies (session token, csrf token, callback URL), by name, wherever they appear.
  [/((?:__Secure-|__Host-)?next-auth\.[\w.-]+=)[^;\s"']+/g, `$1${CENSOR}`],
  // A cookie or authorization header: its whole value, to the end of the line or the quote.
  [/((?:^|[\s"'{,])(?:cookie|set-cookie|authorization)["']?\s*[:=]\s*["']?)[^"'\n]+/gi, `$1${CENSOR}`],
  // scheme://user:password@host (database and SMTP URLs)
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, `$1${CENSOR}@`],
];

/** Removes credentials from free text: an error's message or stack. */
export function scrubSecrets(text: string): string {
  return SECRETS_IN_TEXT.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function serializeError(error: unknown): unknown {
  const plain = error instanceof Error ? pino.stdSerializers.err(error) : error;
  if (!plain || typeof plain !== 'object') return typeof plain === 'string' ? scrubSecrets(plain) : plain;
  const out: Record<string, unknown> = { ...(plain as Record<string, unknown>) };
  for (const key of ['message', 'stack']) if (typeof out[key] === 'string') out[key] = scrubSecrets(out[key] as string);
  return out;
}

/** A logger writing to `destination` (stdout by default, synchronously: no line is lost at exit). */
export function createLogger(destination?: DestinationStream, level: string = getEnv().LOG_LEVEL): Logger {
  const { version, buildId } = getBuildInfo();
  return pino(
    {
      level,
      base: { pid: process.pid, hostname: hostname(), version, buildId },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { err: serializeError, error: serializeError },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

// One per process, shared by the bundles Next loads separately (instrumentation, routes, pages).
const globalForLogger = globalThis as unknown as { appLogger?: Logger };

export function getLogger(): Logger {
  globalForLogger.appLogger ??= createLogger();
  return globalForLogger.appLogger;
}
