-- An import's parsed reviews move from one jsonb document on the import to a row each: every batch of
-- 10,000 had PostgreSQL read the whole document again (55 MB at 200,000 reviews), which slowed every
-- other team's requests for the minutes the batches ran (hostile probe of stop 38).

-- CreateTable
CREATE TABLE "KnownCheckImportRecord" (
    "importId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "record" JSONB NOT NULL,

    CONSTRAINT "KnownCheckImportRecord_pkey" PRIMARY KEY ("importId","position")
);

-- AddForeignKey
ALTER TABLE "KnownCheckImportRecord" ADD CONSTRAINT "KnownCheckImportRecord_importId_fkey" FOREIGN KEY ("importId") REFERENCES "KnownCheckImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An import still queued or running carries on from its rows.
INSERT INTO "KnownCheckImportRecord" ("importId", "position", "record")
SELECT i.id, (r.ordinality - 1)::int, r.value
FROM "KnownCheckImport" i, jsonb_array_elements(i.records) WITH ORDINALITY AS r(value, ordinality)
WHERE i.status IN ('queued', 'running') AND jsonb_typeof(i.records) = 'array';

-- AlterTable
ALTER TABLE "KnownCheckImport" DROP COLUMN "records";
