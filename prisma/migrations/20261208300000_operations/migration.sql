-- The request that wrote an audit event (its X-Request-Id), to find its log lines. Beside the event,
-- not part of its hashed content: events written before and after verify alike (docs/decisions/028).
ALTER TABLE "AuditEvent" ADD COLUMN "requestId" TEXT;

-- At most one audit chain check waits at a time, however many worker processes queue one on their
-- schedule at the same moment (docs/decisions/028). A race before this index may have left several
-- waiting: the oldest stays.
DELETE FROM "AuditVerificationRun" AS later
WHERE later."status" = 'queued'
  AND EXISTS (
    SELECT 1 FROM "AuditVerificationRun" AS earlier
    WHERE earlier."status" = 'queued' AND (earlier."requestedAt", earlier."id") < (later."requestedAt", later."id")
  );
CREATE UNIQUE INDEX "AuditVerificationRun_one_queued" ON "AuditVerificationRun" ((true)) WHERE "status" = 'queued';
