// Corrections on a published fact-check page. When a verdict the page showed is reopened or replaced,
// the page says so with a date instead of silently changing: the IFCN Code of Principles asks for an
// open corrections policy.

export interface FinalVerdictRecord {
  claimId: string;
  label: string;
  /** The words the verdict rated; null for verdicts older than that record. */
  ratedText: string | null;
  decidedAt: Date;
  reopenedAt: Date | null;
  reopenReason: string | null;
}

export interface Correction {
  claimId: string;
  /** When the published verdict was withdrawn. */
  date: Date;
  before: string;
  /** The verdict that replaced it, or null while the claim is being reviewed again. */
  after: string | null;
  reason: string | null;
  /** The words the withdrawn verdict rated (null: unknown, older than that record). */
  ratedText: string | null;
}

/**
 * Every verdict withdrawn while the page was public (reopened after `publishedSince`), newest first,
 * with what replaced it: the next final verdict of the same claim, if any.
 */
export function publishedCorrections(records: FinalVerdictRecord[], publishedSince: Date): Correction[] {
  const byClaim = new Map<string, FinalVerdictRecord[]>();
  for (const record of records) byClaim.set(record.claimId, [...(byClaim.get(record.claimId) ?? []), record]);
  const corrections: Correction[] = [];
  for (const [claimId, history] of byClaim) {
    const ordered = [...history].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
    ordered.forEach((record, index) => {
      if (!record.reopenedAt || record.reopenedAt < publishedSince) return;
      const next = ordered[index + 1];
      corrections.push({ claimId, date: record.reopenedAt, before: record.label, after: next?.label ?? null, reason: record.reopenReason, ratedText: record.ratedText });
    });
  }
  return corrections.sort((a, b) => b.date.getTime() - a.date.getTime());
}
