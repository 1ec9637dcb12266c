-- Notifications (in-app, optionally e-mailed), deadline reminders and escalation. New table and
-- nullable columns only: nothing to move.
CREATE TYPE "NotificationKind" AS ENUM (
    'REPORT_RETURNED', 'FINDING_ISSUED', 'APPEAL_LODGED', 'APPEAL_DECIDED', 'PLAN_SUBMITTED', 'PROOF_SUBMITTED',
    'RESULTS_SUBMITTED', 'RESULT_APPEAL_LODGED', 'RESULT_APPEAL_ANSWERED', 'DEADLINE_REMINDER', 'DEADLINE_ESCALATION');

ALTER TABLE "Campaign" ADD COLUMN "reminderSchedule" JSONB;
ALTER TABLE "User" ADD COLUMN "email" TEXT;

CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "regionId" TEXT,
    "assessmentId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "emailedAt" TIMESTAMPTZ(3),
    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Notification_recordType_check" CHECK ("recordType" IN ('WorkReport', 'Finding', 'AssessmentResult'))
);

CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");
CREATE INDEX "Notification_recipientId_createdAt_id_idx" ON "Notification"("recipientId", "createdAt", "id");
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");

ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
