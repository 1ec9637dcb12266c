// The only reader of process.env in the application: validated once, typed everywhere else.
import { z } from 'zod';

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Optional here so that `next build` can load modules without a database;
  // getDatabaseUrl() is where a missing value becomes an error.
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  // Keys the audit chain and signs its checkpoints; never stored in the database.
  AUDIT_SECRET: z.string().min(32).optional(),
  // The data folder (uploads, audit checkpoints, the embedded database); relative to the working directory.
  DATA_DIR: z.string().min(1).default('.data'),
});

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

export function getAuditSecret(): string {
  const secret = getEnv().AUDIT_SECRET;
  if (!secret) throw new Error('AUDIT_SECRET is not set: start the app with `npm start`, which provides one.');
  return secret;
}
