-- Checks of the audit chain, run by the worker and read by /audit (docs/decisions/009): the page
-- shows the newest stored result instead of walking the whole chain on every view.
CREATE TABLE "AuditVerificationRun" (
  "id" TEXT NOT NULL,
  "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "requestedById" TEXT,
  "status" TEXT NOT NULL,
  "startedAt" TIMESTAMPTZ(3),
  "heartbeatAt" TIMESTAMPTZ(3),
  "finishedAt" TIMESTAMPTZ(3),
  "events" INTEGER NOT NULL DEFAULT 0,
  "result" JSONB,
  CONSTRAINT "AuditVerificationRun_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "AuditVerificationRun_status_check" CHECK ("status" IN ('queued', 'running', 'ok', 'broken', 'failed')),
  CONSTRAINT "AuditVerificationRun_events_check" CHECK ("events" >= 0),
  CONSTRAINT "AuditVerificationRun_finished_check" CHECK (("finishedAt" IS NULL) = ("status" IN ('queued', 'running')))
);

CREATE INDEX "AuditVerificationRun_status_requestedAt_idx" ON "AuditVerificationRun"("status", "requestedAt");
CREATE INDEX "AuditVerificationRun_finishedAt_idx" ON "AuditVerificationRun"("finishedAt");

ALTER TABLE "AuditVerificationRun" ADD CONSTRAINT "AuditVerificationRun_requestedById_fkey"
  FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
