-- "excluded" is the same fact as status = 'excluded'. PostgreSQL now derives it, so the two can
-- never disagree (an insert may only give it DEFAULT).
ALTER TABLE "Claim" DROP COLUMN "excluded";
ALTER TABLE "Claim" ADD COLUMN "excluded" BOOLEAN NOT NULL GENERATED ALWAYS AS ("status" = 'excluded') STORED;
