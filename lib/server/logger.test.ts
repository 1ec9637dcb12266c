import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '@/lib/server/logger';

/** A logger whose lines are kept, parsed, for the test to read. */
function capture(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }, level);
  return { logger, lines, text: () => JSON.stringify(lines) };
}

const SESSION = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..secret-session-value';

describe('the JSON log', () => {
  it('writes one JSON object per event with level, time, message and fields', () => {
    const { logger, lines } = capture();
    logger.info({ requestId: 'r-1', component: 'test' }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'hello', requestId: 'r-1', component: 'test' });
    expect(new Date(String(lines[0]!.time)).toISOString()).toBe(lines[0]!.time);
  });

  it('writes nothing below its level', () => {
    const { logger, lines } = capture('warn');
    logger.info('not written');
    logger.debug('not written');
    logger.warn('written');
    expect(lines.map((l) => l.msg)).toEqual(['written']);
  });

  it('replaces passwords, tokens and cookies in fields', () => {
    const { logger, text } = capture();
    logger.info({ password: 'hunter2-top', input: { username: 'admin', password: 'hunter2-nested', newPassword: 'n3w-pass' } }, 'sign-in');
    logger.info({ headers: { cookie: `next-auth.session-token=${SESSION}`, authorization: 'Bearer abc.def', 'set-cookie': 'x=1' } }, 'headers');
    logger.info({ req: { headers: { cookie: `next-auth.session-token=${SESSION}` } }, token: 'tok-123', sessionToken: 'st-456' }, 'request');
    const out = text();
    for (const secret of ['hunter2', 'n3w-pass', SESSION, 'Bearer abc.def', 'x=1', 'tok-123', 'st-456']) expect(out).not.toContain(secret);
    expect(out).toContain('admin');
    expect(out).toContain('[redacted]');
  });

  it('removes credentials from the text of an error', () => {
    const { logger, text, lines } = capture();
    const error = new Error(`request failed at postgresql://app:db-pass-9@127.0.0.1:5432/x; password="hunter2"\ncookie: theme=dark; next-auth.session-token=${SESSION}`);
    logger.error({ err: error }, 'unexpected');
    const out = text();
    for (const secret of [SESSION, 'hunter2', 'db-pass-9']) expect(out).not.toContain(secret);
    const err = lines[0]!.err as { type: string; message: string; stack: string };
    expect(err.type).toBe('Error');
    expect(err.message).toContain('postgresql://app:[redacted]@127.0.0.1:5432/x');
    expect(err.stack).toContain('logger.test.ts');
  });

  it('leaves ordinary text alone', () => {
    const message = 'Unique constraint failed on the fields: (`dedupeKey`) in Notification 42';
    expect(scrubSecrets(message)).toBe(message);
  });
});
