// The database role the application runs as. Migrations run as the owner; the app gets only
// what it needs: SELECT/INSERT/UPDATE/DELETE on the domain tables, SELECT/INSERT on the audit
// trail, SELECT on the finding tallies (their triggers write them), the sequences, and nothing on
// the migrations table. It owns nothing, so it can neither ALTER nor TRUNCATE a table, nor drop
// the audit trail's or the tallies' triggers.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const APP_ROLE = 'assess_app';

/** Errors that mean another process was creating or altering the same role at the same moment. */
const RACE_CODES = new Set(['42710' /* duplicate_object */, '23505' /* unique_violation */, 'XX000' /* tuple concurrently updated */]);

function appPassword(dataDir) {
  // Replicas of one deployment, each with its own data folder, must not set the role's password in
  // turn (each start would lock the others out): they are given one.
  if (process.env.APP_DATABASE_PASSWORD) return process.env.APP_DATABASE_PASSWORD;
  // Without a data folder (test runs), a fresh password per call: only the URL returned needs it.
  if (!dataDir) return randomBytes(24).toString('hex');
  const file = path.join(dataDir, 'app-db-password');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function retryRaces(fn) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= 5 || !RACE_CODES.has(error.code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

const GRANTS = (role) => `
  REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${role};
  REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${role};
  GRANT USAGE ON SCHEMA public TO ${role};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
  REVOKE ALL ON "_prisma_migrations" FROM ${role};
  REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${role};
  -- Finding tallies are written by Finding's triggers only (migration 20261206100000_finding_tallies).
  REVOKE INSERT, UPDATE, DELETE ON "FindingTally", "FindingDayTally" FROM ${role};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
  -- The job queue (pg-boss) keeps and migrates its own tables in its own schema, which the app owns;
  -- pg-boss's start-up asks for CREATE on the database even when that schema exists.
  CREATE SCHEMA IF NOT EXISTS pgboss AUTHORIZATION ${role};
  ALTER SCHEMA pgboss OWNER TO ${role};
  DO $grant$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO ${role}', current_database()); END $grant$;
`;

/**
 * Creates or updates the app's role on the database of `ownerUrl` (run after `migrate deploy`, so
 * tables added by new migrations are granted too) and returns the URL the app connects with.
 * APP_DATABASE_URL, when set, is returned as is: the operator manages roles and grants.
 * @param {string} ownerUrl
 * @param {{ dataDir?: string }} [options] where the generated password is kept
 * @returns {Promise<string>}
 */
export async function ensureAppRole(ownerUrl, { dataDir } = {}) {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const password = appPassword(dataDir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = client.escapeIdentifier(APP_ROLE);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`;
    await retryRaces(async () => {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
      await client.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${role} WITH ${attributes}`);
    }).catch((error) => {
      if (error.code !== '42501') throw error;
      throw new Error(`the database user may not create the role ${APP_ROLE} (${error.message}): create it yourself and set APP_DATABASE_URL`);
    });
    await retryRaces(async () => {
      await client.query('BEGIN');
      try {
        await client.query(GRANTS(role));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    });
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
