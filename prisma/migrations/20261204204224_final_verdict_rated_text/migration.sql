-- A final verdict keeps the words it rated: a correction on a public page quoted the claim's current wording, and a claim
-- under review again showed words edited since (re-probe of stop 44).

-- AlterTable
ALTER TABLE "FinalVerdict" ADD COLUMN     "ratedText" TEXT;

-- Verdicts given before: the claim's words as they stand now, the best there is.
UPDATE "FinalVerdict" f SET "ratedText" = COALESCE(c."normalizedText", c.text) FROM "Claim" c WHERE c.id = f."claimId";
