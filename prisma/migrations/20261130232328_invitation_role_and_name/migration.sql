-- AlterTable: invitations now carry the role and the name the inviter typed. Rows from before this
-- change belong to memberships created at invitation time, so they take that membership's role.
ALTER TABLE "Invitation" ADD COLUMN "name" TEXT, ADD COLUMN "role" "Role";
UPDATE "Invitation" i SET "name" = u."name" FROM "User" u WHERE u."id" = i."userId";
UPDATE "Invitation" i SET "role" = m."role" FROM "Membership" m WHERE m."userId" = i."userId" AND m."teamId" = i."teamId";
UPDATE "Invitation" SET "role" = 'viewer' WHERE "role" IS NULL;
ALTER TABLE "Invitation" ALTER COLUMN "name" SET NOT NULL, ALTER COLUMN "role" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");
