-- A bulk import and a known-fact-check import remember the API token they were sent with: a queued or running
-- import stops once that token is revoked (hostile probe of stop 43: one went on as the token's creator).

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "tokenId" UUID;

-- AlterTable
ALTER TABLE "KnownCheckImport" ADD COLUMN     "tokenId" UUID;

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownCheckImport" ADD CONSTRAINT "KnownCheckImport_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;
