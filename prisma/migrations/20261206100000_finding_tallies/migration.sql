-- Tallies of findings, written by triggers in the same transaction as every insert, update and
-- delete of a finding, so that the campaign dashboard reads a few rows per region instead of
-- counting a campaign's findings (docs/decisions/020-finding-tallies.md).
--
-- Each finding counts towards its own region and every region above it (the codes on its path).
-- The tallies carry no rules: they count by assessment, region, severity and status (and how many
-- of those have a due date), and by day (the Monday of the week opened, issued, closed; the due
-- date). Which statuses are overdue or in the burn-down is the reader's business
-- (modules/dashboard/finding-tallies.ts).
--
-- Writers only append: a statement's change is one row per key with the difference it makes
-- (merged = false). Appending takes no lock another writer waits for, so tallies add no contention
-- and no deadlock to the writes they count. A reader sums a key's rows; finding_tally_compact()
-- (run by the worker) replaces them with their sum (merged = true), which changes no sum.
CREATE TYPE "FindingDayKind" AS ENUM ('OPENED', 'ISSUED', 'CLOSED', 'DUE');

CREATE TABLE "FindingTally" (
  "id" BIGSERIAL NOT NULL,
  "regionId" TEXT NOT NULL,
  "assessmentId" TEXT NOT NULL,
  "severity" "FindingSeverity" NOT NULL,
  "status" "FindingStatus" NOT NULL,
  "n" INTEGER NOT NULL,
  "withDueDate" INTEGER NOT NULL,
  "merged" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "FindingTally_pkey" PRIMARY KEY ("id")
);
-- Readers sum a key's rows from the index alone (INCLUDE), without visiting the table.
CREATE INDEX "FindingTally_key_idx" ON "FindingTally" ("regionId", "assessmentId", "severity", "status") INCLUDE ("n", "withDueDate");
CREATE INDEX "FindingTally_pending_idx" ON "FindingTally" ("id") WHERE NOT "merged";

CREATE TABLE "FindingDayTally" (
  "id" BIGSERIAL NOT NULL,
  "regionId" TEXT NOT NULL,
  "assessmentId" TEXT NOT NULL,
  "kind" "FindingDayKind" NOT NULL,
  "day" DATE NOT NULL,
  "status" "FindingStatus" NOT NULL,
  "n" INTEGER NOT NULL,
  "merged" BOOLEAN NOT NULL DEFAULT false,
  CONSTRAINT "FindingDayTally_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "FindingDayTally_key_idx" ON "FindingDayTally" ("regionId", "assessmentId", "kind", "day", "status") INCLUDE ("n");
CREATE INDEX "FindingDayTally_pending_idx" ON "FindingDayTally" ("id") WHERE NOT "merged";

-- Adds the findings `came` and takes away the findings `gone` (the new and old rows of one
-- statement); differences that cancel out (an update that moved nothing counted) write nothing.
-- (PL/pgSQL rather than SQL so that its statement's plan is kept between calls.)
CREATE FUNCTION "finding_tally_apply"(gone "Finding"[], came "Finding"[], merged boolean DEFAULT false) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  WITH delta AS (
    SELECT f."assessmentId", f."regionId", f."severity", f."status", f."createdAt", f."issuedAt", f."closedAt", f."dueDate", -1 AS d
      FROM unnest(gone) AS f
    UNION ALL
    SELECT f."assessmentId", f."regionId", f."severity", f."status", f."createdAt", f."issuedAt", f."closedAt", f."dueDate", 1
      FROM unnest(came) AS f
  ), counted AS (
    SELECT up."id" AS "tallyRegionId", delta.*
      FROM delta
      JOIN "Region" own ON own."id" = delta."regionId"
      JOIN "Region" up ON up."code" = ANY (string_to_array(btrim(own."path", '/'), '/'))
  ), totals AS (
    INSERT INTO "FindingTally" ("regionId", "assessmentId", "severity", "status", "n", "withDueDate", "merged")
    SELECT "tallyRegionId", "assessmentId", "severity", "status", sum(d), coalesce(sum(d) FILTER (WHERE "dueDate" IS NOT NULL), 0), merged
      FROM counted
     GROUP BY 1, 2, 3, 4
    HAVING sum(d) <> 0 OR coalesce(sum(d) FILTER (WHERE "dueDate" IS NOT NULL), 0) <> 0
  )
  INSERT INTO "FindingDayTally" ("regionId", "assessmentId", "kind", "day", "status", "n", "merged")
  SELECT c."tallyRegionId", c."assessmentId", k.kind, k.day, c."status", sum(c.d), merged
    FROM counted c
   CROSS JOIN LATERAL (VALUES
     ('OPENED'::"FindingDayKind", date_trunc('week', c."createdAt" AT TIME ZONE 'Asia/Shanghai')::date),
     ('ISSUED'::"FindingDayKind", date_trunc('week', c."issuedAt" AT TIME ZONE 'Asia/Shanghai')::date),
     ('CLOSED'::"FindingDayKind", date_trunc('week', c."closedAt" AT TIME ZONE 'Asia/Shanghai')::date),
     ('DUE'::"FindingDayKind", c."dueDate")
   ) AS k(kind, day)
   WHERE k.day IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5
  HAVING sum(c.d) <> 0;
END
$fn$;

-- The app's role may read the tallies but not write them (scripts/lib/app-role.mjs): only these
-- triggers and the compaction do, running as the owner.
-- An update counts only the findings whose counted columns changed (most edits change none).
CREATE FUNCTION "finding_tally_trigger"() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $fn$
DECLARE
  gone "Finding"[];
  came "Finding"[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "finding_tally_apply"('{}', ARRAY(SELECT n::"Finding" FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "finding_tally_apply"(ARRAY(SELECT o::"Finding" FROM old_rows o), '{}');
  ELSE
    WITH moved AS (
      SELECT o::"Finding" AS o, n::"Finding" AS n FROM old_rows o JOIN new_rows n ON n."id" = o."id"
       WHERE (o."assessmentId", o."regionId", o."severity", o."status", o."createdAt", o."issuedAt", o."closedAt", o."dueDate")
             IS DISTINCT FROM (n."assessmentId", n."regionId", n."severity", n."status", n."createdAt", n."issuedAt", n."closedAt", n."dueDate")
    )
    SELECT array_agg(moved.o), array_agg(moved.n) INTO gone, came FROM moved;
    IF gone IS NOT NULL THEN
      PERFORM "finding_tally_apply"(gone, came);
    END IF;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Finding_tally_insert" AFTER INSERT ON "Finding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "finding_tally_trigger"();
CREATE TRIGGER "Finding_tally_update" AFTER UPDATE ON "Finding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "finding_tally_trigger"();
CREATE TRIGGER "Finding_tally_delete" AFTER DELETE ON "Finding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "finding_tally_trigger"();

-- Replaces the rows of every key with appended rows by one row holding their sum (none when the
-- sum is zero). One compaction at a time (an advisory lock: the others return at once); rows
-- appended after it began stay for the next. Returns how many rows it merged.
CREATE FUNCTION "finding_tally_compact"() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $fn$
DECLARE
  tallies integer;
  days integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('finding_tally_compact')) THEN
    RETURN 0;
  END IF;
  WITH pending AS (
    SELECT DISTINCT "regionId", "assessmentId", "severity", "status" FROM "FindingTally" WHERE NOT "merged"
  ), gone AS (
    DELETE FROM "FindingTally" t USING pending p
     WHERE t."regionId" = p."regionId" AND t."assessmentId" = p."assessmentId" AND t."severity" = p."severity" AND t."status" = p."status"
    RETURNING t.*
  ), kept AS (
    INSERT INTO "FindingTally" ("regionId", "assessmentId", "severity", "status", "n", "withDueDate", "merged")
    SELECT "regionId", "assessmentId", "severity", "status", sum("n"), sum("withDueDate"), true
      FROM gone GROUP BY 1, 2, 3, 4 HAVING sum("n") <> 0 OR sum("withDueDate") <> 0
    RETURNING 1
  )
  SELECT count(*) INTO tallies FROM gone;
  WITH pending AS (
    SELECT DISTINCT "regionId", "assessmentId", "kind", "day", "status" FROM "FindingDayTally" WHERE NOT "merged"
  ), gone AS (
    DELETE FROM "FindingDayTally" t USING pending p
     WHERE t."regionId" = p."regionId" AND t."assessmentId" = p."assessmentId" AND t."kind" = p."kind" AND t."day" = p."day" AND t."status" = p."status"
    RETURNING t.*
  ), kept AS (
    INSERT INTO "FindingDayTally" ("regionId", "assessmentId", "kind", "day", "status", "n", "merged")
    SELECT "regionId", "assessmentId", "kind", "day", "status", sum("n"), true
      FROM gone GROUP BY 1, 2, 3, 4, 5 HAVING sum("n") <> 0
    RETURNING 1
  )
  SELECT count(*) INTO days FROM gone;
  RETURN tallies + days;
END
$fn$;

-- A finding's region never moves, but a region could (its path changes): refuse that while
-- findings count towards it, rather than let the tallies go stale.
CREATE FUNCTION "region_path_guard"() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW."path" IS DISTINCT FROM OLD."path" AND (SELECT sum("n") FROM "FindingTally" WHERE "regionId" = OLD."id") <> 0 THEN
    RAISE EXCEPTION 'region % has findings counted under it; its place in the tree cannot change', OLD."code";
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER "Region_path_guard" BEFORE UPDATE OF "path" ON "Region" FOR EACH ROW EXECUTE FUNCTION "region_path_guard"();

-- Counts every finding afresh, one assessment at a time, as merged rows: here for the findings
-- already recorded, and after a restore (scripts/backup/restore-contents.ts), which loads findings
-- before the regions their tallies need and does not restore the tallies themselves.
CREATE FUNCTION "finding_tally_refill"() RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE a record;
BEGIN
  DELETE FROM "FindingTally";
  DELETE FROM "FindingDayTally";
  FOR a IN SELECT DISTINCT "assessmentId" AS id FROM "Finding" LOOP
    PERFORM "finding_tally_apply"('{}', ARRAY(SELECT f FROM "Finding" f WHERE f."assessmentId" = a.id), true);
  END LOOP;
END
$fn$;
SELECT "finding_tally_refill"();

-- The dashboard no longer counts findings row by row (migration 20261205110000).
DROP INDEX "Finding_dashboard_counts_idx";
