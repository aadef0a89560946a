-- One outlet per name as people read it. "Café" in two Unicode forms, "walk gazette" and "Walk Gazette",
-- "Ｆｕｌｌ" and "Full", "ﬁ" and "fi", "Straße" and "STRASSE", a name with a zero-width space or a soft
-- hyphen in it: each made a second outlet beside the first, splitting its record, and two imports racing
-- with one new name in two letter cases made two (hostile probe of stop 35). The key folds those
-- differences and a unique index on it decides, so the race cannot split an outlet either.

-- Invisible format characters out (soft hyphen, zero-width and joiner characters, direction marks,
-- variation selectors and tags, fillers), then compatibility forms (width, ligatures, no-break spaces), letter
-- case, runs of white space, and the two case forms lower() leaves apart (ß/ss, final sigma).
-- (A dot above after i or j, which lower() leaves: "i̇stanbul" is "istanbul".)
CREATE FUNCTION factdesk_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN replace(replace(
    btrim(regexp_replace(regexp_replace(
      lower(normalize(regexp_replace(name, '[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0\U000E0000-\U000E0FFF]', '', 'g'), NFKC)),
      '([ij])\u0307', '\1', 'g'), '\s+', ' ', 'g')),
    'ß', 'ss'), 'ς', 'σ');

-- Outlets that already share a key become one: the rated one, else the oldest, keeps its name and rating
-- and takes the others' articles.
CREATE TEMPORARY TABLE outlet_keeper AS
  SELECT id, first_value(id) OVER (PARTITION BY "teamId", factdesk_name_key(name) ORDER BY (reliability IS NULL), "createdAt", id) AS keeper
  FROM "Outlet";
UPDATE "Article" a SET "outletId" = k.keeper FROM outlet_keeper k WHERE a."outletId" = k.id AND k.id <> k.keeper;
DELETE FROM "Outlet" o USING outlet_keeper k WHERE o.id = k.id AND k.id <> k.keeper;
DROP TABLE outlet_keeper;

ALTER TABLE "Outlet" ADD COLUMN "nameKey" text GENERATED ALWAYS AS (factdesk_name_key(name)) STORED;
DROP INDEX "Outlet_teamId_name_key";
CREATE UNIQUE INDEX "Outlet_teamId_nameKey_key" ON "Outlet" ("teamId", "nameKey");
