import { normalizeUrl } from "@/lib/domain/source/normalize-url";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaimForWrite } from "@/lib/server/claim/find-team-claim";
import { lockOpenClaim } from "@/lib/server/claim/frozen-claim";
import { startReview } from "@/lib/server/claim/start-review";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import type { AttachSourceInput } from "@/lib/validations/source";
import { sourceArchiveFields } from "./source-archive-fields";

export interface AttachSourceOptions {
  actor: Actor;
  claimId: string;
  input: AttachSourceInput;
  /**
   * Queues the archive of a source cited for the first time, after the citation committed. Its
   * failure is logged, never the caller's: a citation stands without its archived copy (the
   * scheduled re-check picks up sources never checked).
   */
  archive?: (sourceId: string) => Promise<void>;
  /** Refuse (409 with this message and the existing citation's id) when the claim already cites this address. */
  onceWith?: string;
}

export const citationFields = {
  id: true,
  claimId: true,
  stance: true,
  excerpt: true,
  note: true,
  createdAt: true,
  addedBy: { select: { id: true, name: true } },
  source: { select: { id: true, url: true, title: true, publisher: true, publishedAt: true, isPrimary: true, ...sourceArchiveFields } },
} as const;

const ALREADY_CITED = "This page is already cited on this claim. To cite it with another stance, remove that citation first.";

/**
 * Cites a source on a claim. The team's source for the same normalised URL is reused (its missing
 * title or publisher filled in), so one page is one source however it was written.
 */
export async function attachSource({ actor, claimId, input, archive, onceWith }: AttachSourceOptions) {
  authorize(actor, "source.manage");
  const citation = await citeInTransaction(actor, claimId, input, onceWith);
  if (archive && citation.source.linkState === "pending" && !citation.source.checkedAt) {
    await archive(citation.source.id).catch((error: Error) => console.error(`source archive not queued: ${error.message}`));
  }
  return citation;
}

async function citeInTransaction(actor: Actor, claimId: string, input: AttachSourceInput, onceWith?: string) {
  const normalizedUrl = normalizeUrl(input.url);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const claim = await findTeamClaimForWrite(tx, actor, claimId, { id: true, articleId: true });
        await lockOpenClaim(tx, claim.id);
        const existing = await tx.source.findUnique({ where: { teamId_normalizedUrl: { teamId: actor.teamId, normalizedUrl } } });
        if (existing) {
          // The claim row is locked above, so a second cite at the same moment waits and sees the first.
          // One page stands on a claim once: cited again with the opposite stance, reports listed it as
          // supporting and refuting at the same time (probe of stop 32). `onceWith` callers count removed ones too.
          const cited = await tx.citation.findFirst({ where: { claimId: claim.id, sourceId: existing.id, ...(!onceWith && { removedAt: null }) }, select: { id: true } });
          if (cited) throw new AppError("CONFLICT", onceWith ?? ALREADY_CITED, { citationId: cited.id });
        }
        const source = existing
          ? await tx.source.update({
              where: { id: existing.id },
              data: {
                title: existing.title ?? input.title ?? null,
                publisher: existing.publisher ?? input.publisher ?? null,
                publishedAt: existing.publishedAt ?? input.publishedAt ?? null,
                isPrimary: existing.isPrimary || (input.isPrimary ?? false),
              },
            })
          : await tx.source.create({
              data: {
                teamId: actor.teamId,
                url: input.url,
                normalizedUrl,
                title: input.title ?? null,
                publisher: input.publisher ?? null,
                publishedAt: input.publishedAt ?? null,
                isPrimary: input.isPrimary ?? false,
                createdById: actor.userId,
              },
            });
        const citation = await tx.citation.create({
          data: { claimId: claim.id, sourceId: source.id, stance: input.stance, excerpt: input.excerpt ?? null, note: input.note ?? null, addedById: actor.userId },
          select: citationFields,
        });
        await tx.claim.update({ where: { id: claim.id }, data: { touchedAt: new Date() } });
        await recordActivity(tx, actor, {
          action: "source.attached",
          articleId: claim.articleId,
          claimId: claim.id,
          after: { citationId: citation.id, url: source.url, title: source.title, stance: input.stance },
        });
        await startReview(tx, actor, claim, "source.attached");
        return citation;
      });
    } catch (error) {
      // Two people citing a new URL at once: the second retries and reuses the first one's source.
      if (!isUniqueViolation(error) || attempt > 1) throw error;
    }
  }
}
