-- Assessment results from draft to final: one result per assessment, its re-openings and the
-- officials' appeals of indicator verdicts (with evidence attachments). New tables only: no data to keep.
CREATE TYPE "ResultStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'FINAL');
CREATE TYPE "ResultAppealDecision" AS ENUM ('UPHELD', 'REVISED');

CREATE TABLE "AssessmentResult" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "status" "ResultStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB NOT NULL,
    "inputs" JSONB NOT NULL,
    "manualScores" JSONB NOT NULL DEFAULT '{}',
    "computedAt" TIMESTAMPTZ(3) NOT NULL,
    "computedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "appealDeadline" TIMESTAMPTZ(3),
    "finalisedAt" TIMESTAMPTZ(3),
    "finalisedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "AssessmentResult_pkey" PRIMARY KEY ("id"),
    -- Submitted and final results carry who submitted them and the appeal deadline; final ones who finalised them.
    CONSTRAINT "AssessmentResult_submitted_check" CHECK (
        "status" = 'DRAFT' OR ("submittedAt" IS NOT NULL AND "submittedById" IS NOT NULL AND "appealDeadline" IS NOT NULL)),
    CONSTRAINT "AssessmentResult_final_check" CHECK (
        "status" <> 'FINAL' OR ("finalisedAt" IS NOT NULL AND "finalisedById" IS NOT NULL)),
    CONSTRAINT "AssessmentResult_version_check" CHECK ("version" >= 1)
);
CREATE UNIQUE INDEX "AssessmentResult_assessmentId_key" ON "AssessmentResult"("assessmentId");
CREATE INDEX "AssessmentResult_status_idx" ON "AssessmentResult"("status");
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_computedById_fkey" FOREIGN KEY ("computedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_finalisedById_fkey" FOREIGN KEY ("finalisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ResultReopening" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "fromStatus" "ResultStatus" NOT NULL,
    "toStatus" "ResultStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "reopenedById" TEXT NOT NULL,
    "reopenedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultReopening_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ResultReopening_reason_check" CHECK (length(btrim("reason")) > 0)
);
CREATE INDEX "ResultReopening_resultId_reopenedAt_idx" ON "ResultReopening"("resultId", "reopenedAt");
ALTER TABLE "ResultReopening" ADD CONSTRAINT "ResultReopening_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "AssessmentResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResultReopening" ADD CONSTRAINT "ResultReopening_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ResultAppeal" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "ResultAppealDecision",
    "answerNote" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMPTZ(3),
    CONSTRAINT "ResultAppeal_pkey" PRIMARY KEY ("id"),
    -- An answer is whole: decision, note, who and when together, or none of them.
    CONSTRAINT "ResultAppeal_answer_check" CHECK (
        ("decision" IS NULL AND "answerNote" IS NULL AND "answeredAt" IS NULL)
        OR ("decision" IS NOT NULL AND "answerNote" IS NOT NULL AND "answeredAt" IS NOT NULL))
);
CREATE INDEX "ResultAppeal_resultId_submittedAt_idx" ON "ResultAppeal"("resultId", "submittedAt");
ALTER TABLE "ResultAppeal" ADD CONSTRAINT "ResultAppeal_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "AssessmentResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResultAppeal" ADD CONSTRAINT "ResultAppeal_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ResultAppeal" ADD CONSTRAINT "ResultAppeal_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ResultAppeal" ADD CONSTRAINT "ResultAppeal_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Evidence of a results appeal. An attachment belongs to at most one parent.
ALTER TABLE "Attachment" ADD COLUMN "resultAppealId" TEXT;
CREATE INDEX "Attachment_resultAppealId_idx" ON "Attachment"("resultAppealId");
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_resultAppealId_fkey" FOREIGN KEY ("resultAppealId") REFERENCES "ResultAppeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Attachment" DROP CONSTRAINT IF EXISTS "Attachment_one_parent_check";
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_parent_check" CHECK (
    num_nonnulls("findingId", "rectificationId", "workReportId", "checkId", "appealId", "resultAppealId") <= 1);
