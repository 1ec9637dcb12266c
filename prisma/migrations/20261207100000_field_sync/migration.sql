-- Field sync and proof of the visit (docs/decisions/022-field-sync-protocol.md): photos staged before
-- the record they belong to, findings made on a device with their own submission key, and what the
-- server keeps to show where and when a check or field finding was made.

-- Villages get a position; a check or field finding far from it is flagged.
ALTER TABLE "Region" ADD COLUMN "latitude" DOUBLE PRECISION, ADD COLUMN "longitude" DOUBLE PRECISION;
ALTER TABLE "Region" ADD CONSTRAINT "Region_position_check" CHECK (
  ("latitude" IS NULL) = ("longitude" IS NULL)
  AND ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90)
  AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)
);

ALTER TABLE "HouseholdCheck" ADD COLUMN "deviceSentAt" TIMESTAMPTZ(3), ADD COLUMN "receivedAt" TIMESTAMPTZ(3);

ALTER TABLE "Finding"
  ADD COLUMN "submissionKey" TEXT,
  ADD COLUMN "latitude" DOUBLE PRECISION,
  ADD COLUMN "longitude" DOUBLE PRECISION,
  ADD COLUMN "positionAccuracy" DOUBLE PRECISION,
  ADD COLUMN "recordedAt" TIMESTAMPTZ(3),
  ADD COLUMN "deviceSentAt" TIMESTAMPTZ(3),
  ADD COLUMN "receivedAt" TIMESTAMPTZ(3),
  ADD COLUMN "flags" JSONB;
CREATE UNIQUE INDEX "Finding_submissionKey_key" ON "Finding"("submissionKey");

ALTER TABLE "Attachment" ADD COLUMN "deviceSha256" TEXT;
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_deviceSha256_check" CHECK ("deviceSha256" IS NULL OR "deviceSha256" ~ '^[0-9a-f]{64}$');

CREATE TABLE "StagedPhoto" (
  "id" TEXT NOT NULL,
  "uploadedById" TEXT NOT NULL,
  "sha256" TEXT NOT NULL,
  "deviceSha256" TEXT NOT NULL,
  "mimeType" TEXT NOT NULL,
  "sizeBytes" INTEGER NOT NULL,
  "fileName" TEXT NOT NULL,
  "latitude" DOUBLE PRECISION,
  "longitude" DOUBLE PRECISION,
  "takenAt" TIMESTAMPTZ(3),
  "deviceTakenAt" TIMESTAMPTZ(3),
  "attachmentId" TEXT,
  "attachedAt" TIMESTAMPTZ(3),
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "StagedPhoto_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "StagedPhoto_deviceSha256_check" CHECK ("deviceSha256" ~ '^[0-9a-f]{64}$'),
  CONSTRAINT "StagedPhoto_sizeBytes_check" CHECK ("sizeBytes" >= 0)
);
CREATE UNIQUE INDEX "StagedPhoto_attachmentId_key" ON "StagedPhoto"("attachmentId");
CREATE INDEX "StagedPhoto_attachedAt_createdAt_idx" ON "StagedPhoto"("attachedAt", "createdAt");
CREATE INDEX "StagedPhoto_uploadedById_idx" ON "StagedPhoto"("uploadedById");
ALTER TABLE "StagedPhoto" ADD CONSTRAINT "StagedPhoto_uploadedById_fkey"
  FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "StagedPhoto" ADD CONSTRAINT "StagedPhoto_attachmentId_fkey"
  FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
