-- The work report's Excel upload runs as an import job too (docs/decisions/011): a new kind, and
-- the job's payload (the report and the version the upload started from). Widening only: existing
-- jobs keep a null payload.
ALTER TYPE "ImportJobKind" ADD VALUE 'REPORT_EXCEL';

ALTER TABLE "ImportJob" ADD COLUMN "payload" JSONB;
