-- CreateEnum
CREATE TYPE "ImportJobKind" AS ENUM ('ROSTER');

-- CreateEnum
CREATE TYPE "ImportJobState" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED');

-- AlterTable
ALTER TABLE "RosterImport" ADD COLUMN     "importJobId" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP;

-- Existing snapshots were visible from their creation (Prisma wrote "createdAt" as UTC wall time).
UPDATE "RosterImport" SET "publishedAt" = "createdAt" AT TIME ZONE 'UTC';

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "kind" "ImportJobKind" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileBytes" INTEGER NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "state" "ImportJobState" NOT NULL DEFAULT 'QUEUED',
    "phase" TEXT,
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "rowCount" INTEGER,
    "issueCount" INTEGER,
    "outcome" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportFile" (
    "jobId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "ImportFile_pkey" PRIMARY KEY ("jobId")
);

-- CreateIndex
CREATE INDEX "ImportJob_kind_targetId_createdAt_idx" ON "ImportJob"("kind", "targetId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RosterImport_importJobId_key" ON "RosterImport"("importJobId");

-- AddForeignKey
ALTER TABLE "RosterImport" ADD CONSTRAINT "RosterImport_importJobId_fkey" FOREIGN KEY ("importJobId") REFERENCES "ImportJob"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportFile" ADD CONSTRAINT "ImportFile_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

