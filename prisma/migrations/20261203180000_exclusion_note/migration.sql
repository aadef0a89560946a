-- What an editor wrote about an exclusion, mainly for the reason "other" (walk of stop 37: "Other" recorded
-- no word of what the reason was). Set only while the claim is excluded, like the reason.
ALTER TABLE "Claim" ADD COLUMN "exclusionNote" TEXT;
