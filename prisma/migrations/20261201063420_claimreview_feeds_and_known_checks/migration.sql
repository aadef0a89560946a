-- Known fact-checks keep a generated full-text vector in the stemming of their language (German,
-- English, else none), like claims and articles, and a trigram GIN index on their wording.

-- CreateTable
CREATE TABLE "ClaimReviewFeed" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ClaimReviewFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnownFactCheck" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "reviewUrl" TEXT NOT NULL,
    "normalizedUrl" TEXT NOT NULL,
    "claimReviewed" TEXT NOT NULL,
    "matchText" TEXT NOT NULL,
    "claimant" TEXT,
    "ratingName" TEXT,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "publisher" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "language" TEXT,
    "entities" JSONB NOT NULL DEFAULT '[]',
    "importId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector GENERATED ALWAYS AS (
      to_tsvector(CASE WHEN "language" LIKE 'de%' THEN 'german'::regconfig WHEN "language" LIKE 'en%' THEN 'english'::regconfig ELSE 'simple'::regconfig END, "claimReviewed")
    ) STORED,

    CONSTRAINT "KnownFactCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnownCheckImport" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'queued',
    "origin" TEXT NOT NULL,
    "records" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "KnownCheckImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimReviewFeed_tokenHash_key" ON "ClaimReviewFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "ClaimReviewFeed_teamId_idx" ON "ClaimReviewFeed"("teamId");

-- CreateIndex
CREATE INDEX "KnownFactCheck_matchText_idx" ON "KnownFactCheck" USING GIN ("matchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "KnownFactCheck_searchVector_idx" ON "KnownFactCheck" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "KnownFactCheck_teamId_normalizedUrl_key" ON "KnownFactCheck"("teamId", "normalizedUrl");

-- CreateIndex
CREATE INDEX "KnownCheckImport_teamId_createdAt_idx" ON "KnownCheckImport"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "FinalVerdict_decidedAt_id_idx" ON "FinalVerdict"("decidedAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "ClaimReviewFeed" ADD CONSTRAINT "ClaimReviewFeed_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimReviewFeed" ADD CONSTRAINT "ClaimReviewFeed_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownFactCheck" ADD CONSTRAINT "KnownFactCheck_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownCheckImport" ADD CONSTRAINT "KnownCheckImport_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownCheckImport" ADD CONSTRAINT "KnownCheckImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
