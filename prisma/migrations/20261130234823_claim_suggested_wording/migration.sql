-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "suggestedWording" TEXT;
