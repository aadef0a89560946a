import type { ArticleCredibility } from "../credibility/article-credibility";
import type { CredibilityWeight } from "../rating/scale-presets";

/** Everything a verdict report shows, independent of its format. */
export interface Report {
  generatedAt: string;
  organization: { name: string; url: string | null; logoUrl: string | null };
  article: {
    id: string;
    title: string;
    url: string | null;
    outlet: string | null;
    language: "de" | "en";
    publishedAt: string | null;
    /** The article's opening (its first paragraph, at most about 400 characters), for summaries. */
    lead: string;
    /** Where people read this fact-check: the share link, the team's published address, or the article in Factdesk. */
    reportUrl: string;
  };
  credibility: ArticleCredibility;
  claims: ReportClaim[];
}

/**
 * The report as people read it (Markdown, PDF): without the claims the team excluded (not a claim, a
 * duplicate …), which read as open claims there (walk of stop 32). CSV and JSON keep them, with their status.
 */
export const forReaders = (report: Report): Report =>
  report.claims.some((claim) => claim.status === "excluded") ? { ...report, claims: report.claims.filter((claim) => claim.status !== "excluded") } : report;

/** True when a suggested wording says something the verbatim text does not (not just the text without its full stop). */
export const differsFromText = (suggested: string | null, text: string): suggested is string =>
  Boolean(suggested) && suggested !== text && suggested !== text.trim().replace(/[.!?…]+$/u, "");

/** The suggestion when it says something the verbatim text does not (not just without its full stop). */
export const usefulSuggestion = (claim: Pick<ReportClaim, "text" | "wording" | "suggestedWording">): string | null =>
  !claim.wording && differsFromText(claim.suggestedWording, claim.text) ? claim.suggestedWording : null;

export interface ReportClaim {
  id: string;
  text: string;
  wording: string | null;
  /** The engine's suggestion, shown for reference; `wording` is what reviewers accepted or wrote. */
  suggestedWording: string | null;
  claimant: string | null;
  status: string;
  /** Why an editor excluded it, while excluded: the reason's key and the editor's note (team exports only). */
  exclusion: { reason: string; note: string | null } | null;
  checkworthiness: number;
  /** False when a text edit removed the claim's words from the article (orphaned): its verdict rates the words quoted. */
  inText: boolean;
  verdict: {
    key: string;
    label: string;
    /** The level's description from the scale ("Accurate but needs clarification."). */
    description: string;
    value: number;
    worst: number;
    best: number;
    credibility: CredibilityWeight;
    color: string;
    rationale: string;
    decidedAt: string;
    decidedBy: string | null;
  } | null;
  /** `archivedAt`: when Factdesk last kept a readable copy of the page (null: not archived). */
  sources: { url: string; title: string | null; publisher: string | null; stance: string; excerpt: string | null; archivedAt: string | null }[];
}

/** A report's date (ISO) as its reader writes it: "18.11.2025" in German, "2025-11-18" in English. */
export function reportDate(iso: string, language: "de" | "en"): string {
  const [year, month, day] = iso.slice(0, 10).split("-");
  return language === "de" ? `${day}.${month}.${year}` : `${year}-${month}-${day}`;
}
