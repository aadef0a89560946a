-- "Unproven" says nothing about truth: it no longer counts toward the credibility score (it counted
-- as the middle of the scale). Existing scale versions made from the presets are corrected in place,
-- so scores already shown change to what the formula in words says.
UPDATE "RatingLevel" SET "credibility" = 'not_rated'
WHERE "key" IN ('unproven', 'unbelegt') AND "credibility" = 'neutral';
