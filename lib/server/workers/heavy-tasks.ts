// The CPU-heavy work of a request, run in worker threads (see heavy-pool.ts) so no request can hold
// the server's event loop. This file is the worker's entry: bundled by scripts/lib/build-workers.ts
// into .workers/heavy-tasks.cjs, so it must stay free of Next.js, Prisma and "server-only" imports.
import { trainTeamModel, type TeamModelTraining, type TrainedTeamModel } from "@/lib/domain/claim-model/train-team-model";
import { teamModelOptions, type TeamModels } from "@/lib/domain/claim-model/team-models";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
import { reanchorClaims, type AnchoredClaim, type Reanchoring } from "@/lib/domain/claims/reanchor";
import { storableClaims } from "@/lib/domain/claims/storable-claims";
import { detectLanguage } from "@/lib/domain/language/detect-language";
import { matchText } from "@/lib/domain/text/trigrams";
import { contentHash } from "@/lib/server/article/content-hash";
import type { Language, Span, Unit } from "@/lib/domain/claims/types";
import { extractFromHtml, type ExtractedArticle } from "@/lib/server/import/extract-article-text";
import { nestsDeeperThan } from "@/lib/server/import/html-nesting";
import { readKnownCheckDocument, type KnownCheckDocument } from "@/lib/server/known-check/read-known-check-document";
import type { KnownCheckProblem } from "@/lib/domain/known-checks/read-claim-reviews";
import { renderPdf, type PdfReport } from "@/lib/server/report/render-pdf";
import { pageMetadata, type PageMetadata } from "@/lib/server/source/page-metadata";
import { readPage, type ArchivedPage } from "@/lib/server/source/read-page";

export type HtmlResult = { article: ExtractedArticle | null } | { tooDeep: true };

/** The readable article of an HTML page, or `tooDeep` when its nesting would make parsing explode. */
export function html({ html, maxDepth }: { html: string; maxDepth: number }): HtmlResult {
  if (nestsDeeperThan(html, maxDepth)) return { tooDeep: true };
  return { article: extractFromHtml(html) };
}

/** A source page's title, publisher and date, or `tooDeep` (as `html`). */
export function metadata({ html, url, maxDepth }: { html: string; url: string; maxDepth: number }): PageMetadata | { tooDeep: true } {
  if (nestsDeeperThan(html, maxDepth)) return { tooDeep: true };
  return pageMetadata(html, url);
}

/** What the source archive keeps of a fetched page: readable text, its hash, title, publisher, date. */
export function archive({ body, contentType, url, maxDepth }: { body: string; contentType: string; url: string; maxDepth: number }): ArchivedPage | { tooDeep: true } {
  if (!/html/i.test(contentType)) return readPage(body, contentType, url);
  if (nestsDeeperThan(body, maxDepth)) return { tooDeep: true };
  return readPage(body, contentType, url);
}

/** Every unit the claim engine finds in a text. */
export function units({ text, language, articleDate, models }: { text: string; language: Language; articleDate?: Date | null; models?: TeamModels }): Unit[] {
  return extract(text, { language, articleDate, ...teamModelOptions(models, language) }).units;
}

/** The engine's reading of one claim's text in the article's language (see classifyClaimText). */
export function claimText({ text, language, models }: { text: string; language: Language; models?: TeamModels }): Unit {
  return classifySentence(text, { language, ...teamModelOptions(models, language) });
}

/** A claim unit with its wording and match form already cut out, so the server only assembles rows. */
export type PreparedUnit = Unit & { text: string; matchText: string };

/**
 * Everything an import needs from an article's text: its language (detected unless given), its
 * content hash, and the units that become claims. For 2 MB these are seconds of CPU together.
 */
export function article({ text, language, articleDate, models, fallback }: { text: string; language?: Language; articleDate?: Date | null; models?: TeamModels; fallback?: Language }): { language: Language; hash: string; units: PreparedUnit[] } {
  const detected = language ?? detectLanguage(text, fallback);
  const units = storableClaims(extract(text, { language: detected, articleDate, ...teamModelOptions(models, detected) }).units).map((unit) => {
    const wording = text.slice(unit.start, unit.end);
    return { ...unit, text: wording, matchText: matchText(wording) };
  });
  return { language: detected, hash: contentHash(text), units };
}

/** Where a text edit leaves each reviewed claim (seconds of CPU for a thousand claims in 20,000 edited sentences). */
export function reanchor({ claims, oldText, newText, units }: { claims: AnchoredClaim[]; oldText: string; newText: string; units: Span[] }): Reanchoring[] {
  return reanchorClaims(claims, oldText, newText, units);
}

/** A PDF report as bytes. */
export async function pdf(report: PdfReport): Promise<Uint8Array> {
  const buffer = await renderPdf(report);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A team's claim model learned from its reviewers' decisions (seconds of CPU for thousands of them). */
export function teamModel(training: TeamModelTraining): TrainedTeamModel | null {
  return trainTeamModel(training);
}

/**
 * The ClaimReviews of a page, JSON-LD document or NDJSON file (see read-known-check-document.ts), with the records
 * already written as JSON: 200,000 of them cloned back as objects and serialised again on the request's thread held
 * every team's requests for seconds (hostile probe of stop 38); a string crosses to the main thread as one copy.
 */
export function knownChecks(input: { body: string; contentType: string; maxDepth: number }): KnownChecksRead {
  const read = readKnownCheckDocument(input);
  if (!("records" in read)) return read;
  return { recordsJson: JSON.stringify(read.records), count: read.records.length, errors: read.errors, overLimit: Boolean(read.overLimit) };
}
export type KnownChecksRead = Exclude<KnownCheckDocument, { records: unknown }> | { recordsJson: string; count: number; errors: KnownCheckProblem[]; overLimit: boolean };
