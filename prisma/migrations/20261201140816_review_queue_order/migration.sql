-- CreateIndex
CREATE INDEX "Claim_assigneeId_checkworthiness_createdAt_idx" ON "Claim"("assigneeId", "checkworthiness" DESC, "createdAt");
