-- CreateEnum
CREATE TYPE "LinkState" AS ENUM ('pending', 'ok', 'changed', 'failed');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveRequestedAt" TIMESTAMP(3),
ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "archivedSnapshotId" UUID,
ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "latestSnapshotId" UUID,
ADD COLUMN     "linkState" "LinkState" NOT NULL DEFAULT 'pending';

-- CreateTable
CREATE TABLE "SourceSnapshot" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentHash" TEXT,
    "text" TEXT,
    "title" TEXT,
    "publisher" TEXT,
    "publishedAt" TEXT,
    "error" TEXT,
    "linkState" "LinkState" NOT NULL,

    CONSTRAINT "SourceSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceSnapshot_sourceId_fetchedAt_idx" ON "SourceSnapshot"("sourceId", "fetchedAt");

-- CreateIndex
CREATE INDEX "SourceSnapshot_teamId_idx" ON "SourceSnapshot"("teamId");

-- CreateIndex
CREATE INDEX "Source_checkedAt_idx" ON "Source"("checkedAt");

-- AddForeignKey
ALTER TABLE "SourceSnapshot" ADD CONSTRAINT "SourceSnapshot_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
