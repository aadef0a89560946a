-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('engine', 'reviewer', 'split');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "origin" "ClaimOrigin" NOT NULL DEFAULT 'engine';

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
