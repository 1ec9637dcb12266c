// The only reader of process.env in the application: validated once, typed everywhere else.
import { z } from 'zod';

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Optional here so that `next build` can load modules without a database;
  // getDatabaseUrl() is where a missing value becomes an error.
  DATABASE_URL: z.string().min(1).optional(),
  // Streaming replicas of that database, comma-separated, for the reads that may lag (lib/server/read-db.ts).
  // Unset or empty: every read goes to DATABASE_URL, as on a single machine.
  DATABASE_REPLICA_URL: z
    .string()
    .optional()
    .refine((list) => splitList(list).every(isPostgresUrl), 'DATABASE_REPLICA_URL: comma-separated postgresql:// URLs'),
  // A replica serves reads only while it has replayed what the primary had written this long ago; after a
  // person's write, that browser's lag-tolerant reads stay on the primary a little longer than this.
  DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  // Keys the audit chain and signs its checkpoints; never stored in the database.
  AUDIT_SECRET: z.string().min(32).optional(),
  // The data folder (uploads, audit checkpoints, the embedded database); relative to the working directory.
  DATA_DIR: z.string().min(1).default('.data'),
  // Where uploaded files are kept: `local` (<DATA_DIR>/uploads) or `s3`, a bucket of AWS S3 or of any
  // S3-compatible store (MinIO, Ceph…); the S3_* settings are read only then (docs/decisions/026-object-storage.md).
  STORAGE: z.enum(['local', 's3']).default('local'),
  // Omitted for AWS itself; e.g. http://127.0.0.1:9000 for a MinIO server.
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // 1: the bucket in the path (http://host/bucket/key), as MinIO and most self-hosted stores want.
  S3_FORCE_PATH_STYLE: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
  // A session ends after this long without a request, and after this long in any case.
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(12),
  // Demo mode (set by `npm start` when it loaded the demo data): the public demo passwords are
  // accepted as they are. Outside it, a sign-in with a password the policy refuses (the demo
  // password among them) must choose a new one first.
  DEMO_MODE: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
  // Reverse proxies in front of the app that append to X-Forwarded-For (for the sign-in throttle).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // Tests only: a file holding a number of milliseconds by which the app's clock runs ahead
  // (lib/server/clock.ts), so an e2e test can move time forward in the web server and the worker.
  TEST_CLOCK_FILE: z.string().min(1).optional(),
  // How often the worker sweeps for due reminders and escalations (also once when it starts).
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(600),
  // How often the worker checks the whole audit chain (modules/audit/verification-runs.ts); /audit shows the newest check.
  AUDIT_VERIFY_SECONDS: z.coerce.number().int().min(10).max(24 * 3600).default(900),
  // How often the worker merges the finding tallies' appended rows (modules/dashboard/tally-compaction.ts).
  TALLY_COMPACT_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(60),
  // E-mail of notifications, off unless SMTP_URL is set (e.g. smtps://user:pass@mail.example.org:465).
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('考核系统 <no-reply@localhost>'),
  // The app's public address, for the links in e-mails (none without it).
  APP_URL: z.string().url().optional(),
  // The least severe level written to the JSON log on stdout (lib/server/logger.ts).
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).superRefine((env, ctx) => {
  if (env.STORAGE !== 's3') return;
  for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: `STORAGE=s3 needs ${name}` });
  }
});

const isPostgresUrl = (value: string) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol);

function splitList(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

export function getDatabaseUrl(): string {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.');
  return url;
}

/**
 * The replicas' URLs. One without a user name logs in as DATABASE_URL's user, one without a database
 * name opens DATABASE_URL's database: a streaming replica has the primary's roles, passwords and
 * databases, so naming its host is enough.
 */
export function getReplicaUrls(): string[] {
  const items = splitList(getEnv().DATABASE_REPLICA_URL);
  if (items.length === 0) return [];
  const primary = new URL(getDatabaseUrl());
  return items.map((item) => {
    const url = new URL(item);
    if (url.username === '') {
      url.username = primary.username;
      url.password = primary.password;
    }
    if (url.pathname === '' || url.pathname === '/') url.pathname = primary.pathname;
    return url.toString();
  });
}

export function getAuditSecret(): string {
  const secret = getEnv().AUDIT_SECRET;
  if (!secret) throw new Error('AUDIT_SECRET is not set: start the app with `npm start`, which provides one.');
  return secret;
}

export function getSessionLimits(): { idleMs: number; maxAgeMs: number } {
  const env = getEnv();
  return { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxAgeMs: env.SESSION_MAX_HOURS * 3_600_000 };
}

/**
 * The package version and build id of this build, for /api/health and the log. next.config.js
 * writes both into the server bundle when it builds (its `env`); outside a build (the worker, tests)
 * they are unknown.
 */
export function getBuildInfo(): { version: string; buildId: string } {
  return { version: process.env.APP_VERSION ?? 'unknown', buildId: process.env.APP_BUILD_ID ?? 'unknown' };
}
