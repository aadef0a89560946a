-- CreateEnum
CREATE TYPE "ExclusionReason" AS ENUM ('not_checkworthy', 'duplicate', 'not_a_claim', 'other');

-- CreateEnum
CREATE TYPE "ClaimLabel" AS ENUM ('checkworthy', 'subjective');

-- CreateEnum
CREATE TYPE "ClaimDecisionKind" AS ENUM ('checkworthy_on', 'checkworthy_off', 'promoted', 'added', 'excluded', 'final_verdict');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "exclusionReason" "ExclusionReason";

-- CreateTable
CREATE TABLE "ClaimDecision" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "claimId" UUID,
    "actorId" UUID,
    "sentence" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "label" "ClaimLabel" NOT NULL,
    "positive" BOOLEAN NOT NULL,
    "kind" "ClaimDecisionKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamClaimModel" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "label" "ClaimLabel" NOT NULL,
    "version" INTEGER NOT NULL,
    "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decisionCount" INTEGER NOT NULL,
    "learnedUntil" TIMESTAMP(3) NOT NULL,
    "agreementBefore" DOUBLE PRECISION NOT NULL,
    "agreementAfter" DOUBLE PRECISION NOT NULL,
    "evaluatedOn" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,

    CONSTRAINT "TeamClaimModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimModelReset" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,
    "lastVersion" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimModelReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimDecision_teamId_language_createdAt_idx" ON "ClaimDecision"("teamId", "language", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ClaimDecision_claimId_idx" ON "ClaimDecision"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamClaimModel_teamId_language_label_version_key" ON "TeamClaimModel"("teamId", "language", "label", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimModelReset_teamId_language_key" ON "ClaimModelReset"("teamId", "language");

-- AddForeignKey
ALTER TABLE "ClaimDecision" ADD CONSTRAINT "ClaimDecision_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimDecision" ADD CONSTRAINT "ClaimDecision_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimDecision" ADD CONSTRAINT "ClaimDecision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamClaimModel" ADD CONSTRAINT "TeamClaimModel_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimModelReset" ADD CONSTRAINT "ClaimModelReset_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
