import { extract } from "@/lib/domain/claims/extract";
import { storableClaims } from "@/lib/domain/claims/storable-claims";
import type { Language, Unit } from "@/lib/domain/claims/types";
import { matchText } from "@/lib/domain/text/trigrams";
import type { Prisma } from "@/lib/server/db/client";

export interface ExtractableArticle {
  id: string;
  teamId: string;
  body: string;
  language: Language;
  textVersion: number;
  /** Resolves "gestern"/"yesterday" in suggested wordings; absent or null when not known. */
  publishedAt?: Date | null;
}

/** The units of a body that become claims (see storableClaims for which ones). */
export function claimUnits(body: string, language: Language, articleDate?: Date | null): Unit[] {
  return storableClaims(extract(body, { language, articleDate }).units);
}

/** The engine's claims for an article, as rows ready for `claim.createMany` (positions from 0). */
export function extractedClaimRows(article: ExtractableArticle, units = claimUnits(article.body, article.language, article.publishedAt)) {
  return units.map((unit, position) => claimRow(article, unit, position));
}

/** A unit may arrive with its wording and match form cut out already (by a worker thread). */
export function claimRow(article: ExtractableArticle, unit: Unit & { text?: string; matchText?: string }, position: number): Prisma.ClaimCreateManyInput {
  const text = unit.text ?? article.body.slice(unit.start, unit.end);
  return {
    teamId: article.teamId,
    articleId: article.id,
    language: article.language,
    textVersion: article.textVersion,
    start: unit.start,
    end: unit.end,
    text,
    matchText: unit.matchText ?? matchText(text),
    kind: unit.kind,
    checkworthiness: unit.checkworthiness,
    checkworthy: unit.checkworthy,
    reasons: unit.reasons,
    suggestedWording: unit.suggestedWording || null,
    claimantText: unit.claimant?.text ?? null,
    claimantStart: unit.claimant?.start ?? null,
    claimantEnd: unit.claimant?.end ?? null,
    entities: unit.entities.map(({ type, text: entityText, start, end }) => ({ type, text: entityText, start, end })),
    position,
  };
}
