-- Share links keep only the SHA-256 of their token (hex, as hashSecret in lib/server/auth/secret-token.ts
-- computes it over the token's UTF-8 bytes), so existing links keep working and the plain tokens are gone.
ALTER TABLE "ShareLink" RENAME COLUMN "token" TO "tokenHash";

UPDATE "ShareLink" SET "tokenHash" = encode(sha256(convert_to("tokenHash", 'UTF8')), 'hex');

ALTER INDEX "ShareLink_token_key" RENAME TO "ShareLink_tokenHash_key";
