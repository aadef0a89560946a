-- CreateEnum
CREATE TYPE "OutletReliability" AS ENUM ('high', 'mostly_reliable', 'mixed', 'low', 'unreliable');

-- AlterTable
ALTER TABLE "Outlet" ADD COLUMN     "reliability" "OutletReliability",
ADD COLUMN     "reliabilityRatedAt" TIMESTAMP(3),
ADD COLUMN     "reliabilityRatedById" UUID,
ADD COLUMN     "reliabilityRationale" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AddForeignKey
ALTER TABLE "Outlet" ADD CONSTRAINT "Outlet_reliabilityRatedById_fkey" FOREIGN KEY ("reliabilityRatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
