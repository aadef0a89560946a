-- Article search reads the title and the first 100,000 characters of the body. PostgreSQL refuses a
-- tsvector over 1 MB, and a body of about 90,000 distinct words (820 KB, under the 2 MB body limit)
-- made every insert or edit of the article fail (hostile probe of stop 31). 100,000 characters hold
-- at most 50,000 words: lexemes, entries and positions stay far below the limit in any script.
DROP INDEX IF EXISTS "Article_searchVector_idx";
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE WHEN "language" = 'de'
    THEN setweight(to_tsvector('german'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('german'::regconfig, left(coalesce("body", ''), 100000)), 'B')
    ELSE setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, left(coalesce("body", ''), 100000)), 'B')
  END
) STORED;
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
