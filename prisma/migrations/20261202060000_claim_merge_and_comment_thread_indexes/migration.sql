-- Deleting a claim sets "mergedIntoId" to NULL wherever it points at the claim (ON DELETE SET NULL),
-- and deleting a comment looks for its replies: without these indexes PostgreSQL read the whole table
-- once per deleted row, so re-extracting the text of an article with thousands of claims held its rows
-- locked for many minutes (hostile probe of stop 26).
CREATE INDEX "Claim_mergedIntoId_idx" ON "Claim"("mergedIntoId");
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");
