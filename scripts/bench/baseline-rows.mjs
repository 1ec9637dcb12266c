// The work both baselines of the HTTP benchmark (scripts/bench/http.mjs) do per request: the 50 newest
// findings with what the list page shows of each (region and its parent, group number, target
// region), in one statement through `pg`, rendered as an HTML table. No sign-in, no scope, no messages.
import pg from 'pg';

export const ROWS_SQL = `
  SELECT f.id, f.title, f.status, f.severity, f.category, f.version, f."createdAt", f."dueDate",
         r.name AS region, p.name AS "parentRegion", g.number AS "groupNumber", t.name AS "targetRegion"
  FROM "Finding" f
  JOIN "Region" r ON r.id = f."regionId"
  LEFT JOIN "Region" p ON p.id = r."parentId"
  JOIN "Assessment" a ON a.id = f."assessmentId"
  JOIN "AssessmentGroup" g ON g.id = a."groupId"
  JOIN "Region" t ON t.id = a."targetRegionId"
  ORDER BY f."createdAt" DESC, f.id DESC
  LIMIT 50`;

const escape = (value) => String(value ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderRows(rows) {
  const body = rows
    .map((r) => `<tr><td><a href="/findings/${r.id}">${escape(r.title)}</a></td><td>${r.status}</td><td>${r.severity}</td><td>${escape(r.parentRegion)} ${escape(r.region)}</td><td>${r.groupNumber}</td><td>${new Date(r.createdAt).toISOString()}</td></tr>`)
    .join('');
  return `<table>${body}</table>`;
}

let pool;
/** One pool per process, as the app has. */
export function baselinePool() {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  return pool;
}
