-- AlterTable
ALTER TABLE "ShareLink" ADD COLUMN     "claimIds" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "noindex" BOOLEAN NOT NULL DEFAULT false;
