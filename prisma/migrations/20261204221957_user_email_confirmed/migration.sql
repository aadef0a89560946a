-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailConfirmedAt" TIMESTAMP(3);

-- Accounts that already have a password keep joining teams as before: who holds them cannot be told afterwards.
UPDATE "User" SET "emailConfirmedAt" = "createdAt" WHERE "passwordHash" IS NOT NULL;
