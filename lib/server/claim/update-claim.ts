import { checkworthySwitchLabels, exclusionLabels, type DecisionLabelRow, type ExclusionReason } from "@/lib/domain/claim-model/decisions";
import { can } from "@/lib/domain/permissions";
import type { Language } from "@/lib/domain/claims/types";
import { matchText } from "@/lib/domain/text/trigrams";
import { canMoveStatus, type ClaimStatus } from "@/lib/domain/workflow/claim-status";
import { changedFields, recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError, staleVersion } from "@/lib/server/errors";
import { NOTE_ONLY_WHEN_EXCLUDING, OTHER_NEEDS_NOTE, REASON_ONLY_WHEN_EXCLUDING, type UpdateClaimInput } from "@/lib/validations/claim";
import { afterDecisions, recordDecisions } from "@/lib/server/claim-model/record-decisions";
import { claimFields } from "./claim-fields";
import { frozenClaim, mergedClaim } from "./frozen-claim";
import { findTeamClaim, findTeamClaimForWrite } from "./find-team-claim";
import { startReview } from "./start-review";

export interface UpdateClaimOptions {
  actor: Actor;
  id: string;
  input: UpdateClaimInput;
}

/** A reviewer's change to one claim; see applyClaimUpdate. */
export async function updateClaim({ actor, id, input }: UpdateClaimOptions) {
  authorize(actor, "claim.edit");
  const taught = new Set<Language>();
  const updated = await db.$transaction((tx) => applyClaimUpdate(tx, actor, id, input, taught));
  afterDecisions(actor.teamId, taught);
  return updated;
}

/**
 * Wording, check-worthiness, workflow status (exclusion included) and assignment of a claim. The
 * version check and the write are one conditional UPDATE, so of two edits based on the same version
 * exactly one wins and the other gets 409 with the current claim. Every change is recorded in the
 * history and marks the claim as touched, which protects it from re-extraction. A check-worthiness
 * switch or an exclusion is also recorded as a label for the team's model, in this transaction.
 */
export async function applyClaimUpdate(tx: Prisma.TransactionClient, actor: Actor, id: string, input: UpdateClaimInput, taught = new Set<Language>()) {
  const { version, excluded, exclusionReason, exclusionNote, ...changes } = input;
  // The assignee's membership is locked before the claim: disabling a member locks the membership, then their claims.
  const assignee = changes.assigneeId ? await lockActiveAssignee(tx, actor, changes.assigneeId) : null;
  const current = await findTeamClaimForWrite(tx, actor, id, { ...claimFields, language: true });
  if (current.mergedIntoId) throw mergedClaim();
  if (current.status === "final" && changesPublishedClaim(current, input)) throw frozenClaim();
  const status = excluded === undefined ? changes.status : excluded ? "excluded" : current.status === "excluded" ? "new" : current.status;
  // A reason or a note sent alone edits an excluded claim's; a claim that is not excluded has neither.
  if (status === undefined && current.status !== "excluded") refuseExclusionFields(exclusionReason, exclusionNote);
  if (status !== undefined && status !== current.status) checkStatusMove(actor, current.status, status);
  if (changes.assigneeId !== undefined && changes.assigneeId !== current.assigneeId) {
    checkAssignment(actor, current.assigneeId, changes.assigneeId, assignee);
  }

  const excluding = status === "excluded" && current.status !== "excluded";
  const promoting = changes.checkworthy === true && !current.checkworthy && current.kind === "opinion";
  const next = {
    ...changes,
    ...(status !== undefined && { status }),
    ...exclusionFields(status, excluding, exclusionReason, exclusionNote),
    // A promoted opinion becomes a claim, so lists and exports stop calling it an opinion.
    ...(promoting && { kind: "claim" as const }),
    // Saving the wording of a re-anchored claim is the check its "Re-anchored: check the wording" asks for.
    ...(changes.normalizedText !== undefined && current.anchorState === "reanchored" && { anchorState: "ok" as const }),
  };
  if (excluding || exclusionReason !== undefined || exclusionNote !== undefined) refuseBareOther(next, current);
  const wording = next.normalizedText === undefined ? current.normalizedText : next.normalizedText;
  // Finalising and reopening change the version too, so a final claim cannot slip in between.
  const { count } = await tx.claim.updateMany({
    where: { id: current.id, version },
    data: { ...next, matchText: matchText(wording ?? current.text), version: { increment: 1 }, touchedAt: new Date() },
  });
  if (count === 0) throw await staleVersion("This claim", () => findTeamClaim(tx, actor, id, claimFields));

  // An exclusion taken back (the bulk bar's "Undo", or a status set again) no longer teaches "not check-worthy".
  if (current.status === "excluded" && status !== undefined && status !== "excluded") {
    await tx.claimDecision.deleteMany({ where: { teamId: actor.teamId, claimId: current.id, kind: "excluded" } });
  }
  const language = await recordDecisions(tx, actor, current, decisionLabels(current, changes.checkworthy, excluding ? next.exclusionReason! : undefined));
  if (language) taught.add(language);
  const diff = changedFields(current, next);
  if (diff.changed) {
    await recordActivity(tx, actor, { action: "claim.updated", articleId: current.articleId, claimId: current.id, before: diff.before, after: diff.after });
  }
  // Taking a claim (assigning it to oneself) starts its review, unless this very change set a status.
  if (next.assigneeId === actor.userId && current.assigneeId !== actor.userId && status === undefined) {
    await startReview(tx, actor, current, "claim.taken");
  }
  return tx.claim.findUniqueOrThrow({ where: { id: current.id }, select: claimFields });
}

/** An exclusion for "other" reasons says which in its note. */
function refuseBareOther(next: { status?: ClaimStatus; exclusionReason?: ExclusionReason | null; exclusionNote?: string | null }, current: { status: ClaimStatus; exclusionReason: ExclusionReason | null; exclusionNote: string | null }): void {
  const reason = next.exclusionReason === undefined ? current.exclusionReason : next.exclusionReason;
  const note = next.exclusionNote === undefined ? current.exclusionNote : next.exclusionNote;
  if ((next.status ?? current.status) === "excluded" && reason === "other" && !note?.trim()) {
    throw new AppError("INVALID_INPUT", OTHER_NEEDS_NOTE, [{ field: "exclusionNote", message: OTHER_NEEDS_NOTE }]);
  }
}

function refuseExclusionFields(reason: ExclusionReason | undefined, note: string | null | undefined): void {
  if (reason !== undefined) throw new AppError("INVALID_INPUT", REASON_ONLY_WHEN_EXCLUDING, [{ field: "exclusionReason", message: REASON_ONLY_WHEN_EXCLUDING }]);
  if (note !== undefined) throw new AppError("INVALID_INPUT", NOTE_ONLY_WHEN_EXCLUDING, [{ field: "exclusionNote", message: NOTE_ONLY_WHEN_EXCLUDING }]);
}

/**
 * The reason and the note live only while the claim is excluded: set when it is excluded (the reason by default
 * "not_checkworthy", no note), changed while it stays excluded, cleared when it moves to another status.
 */
function exclusionFields(status: ClaimStatus | undefined, excluding: boolean, reason: ExclusionReason | undefined, note: string | null | undefined) {
  if (excluding) return { exclusionReason: reason ?? "not_checkworthy", exclusionNote: note ?? null };
  if (status === "excluded" || (status === undefined && (reason !== undefined || note !== undefined))) {
    return { ...(reason !== undefined && { exclusionReason: reason }), ...(note !== undefined && { exclusionNote: note }) };
  }
  return status === undefined ? {} : { exclusionReason: null, exclusionNote: null };
}

/** What this change teaches the team's model: a check-worthiness switch and/or an exclusion with its reason. */
function decisionLabels(current: { checkworthy: boolean; kind: string }, checkworthy: boolean | undefined, exclusion: ExclusionReason | undefined): DecisionLabelRow[] {
  const labels: DecisionLabelRow[] = [];
  if (checkworthy !== undefined && checkworthy !== current.checkworthy) labels.push(...checkworthySwitchLabels(checkworthy, current.kind));
  if (exclusion) labels.push(...exclusionLabels(exclusion));
  return labels;
}

/** Anything but the assignee (who works on it next is desk bookkeeping, not published content). */
function changesPublishedClaim(current: { normalizedText: string | null; checkworthy: boolean }, input: UpdateClaimInput): boolean {
  const { version: _version, assigneeId: _assignee, ...rest } = input;
  return (
    (rest.normalizedText !== undefined && rest.normalizedText !== current.normalizedText) ||
    (rest.checkworthy !== undefined && rest.checkworthy !== current.checkworthy) ||
    rest.status !== undefined ||
    rest.excluded !== undefined ||
    rest.exclusionReason !== undefined ||
    rest.exclusionNote !== undefined
  );
}

// As the UI names them (and serverMessages.names translates them), not the API's keys ("needs_second_review").
const STATUS_NAMES: Record<ClaimStatus, string> = { new: "New", in_review: "In review", needs_second_review: "Needs second review", final: "Final", excluded: "Excluded" };
function checkStatusMove(actor: Actor, from: ClaimStatus, to: ClaimStatus) {
  if (from === "final") throw frozenClaim();
  if (!canMoveStatus(actor.role, from, to)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) cannot move a claim from "${STATUS_NAMES[from]}" to "${STATUS_NAMES[to]}".`);
  }
}

/** Editors and admins assign anyone in the team; reviewers take a claim themselves or give it back. */
function checkAssignment(actor: Actor, current: string | null, next: string | null, member: { role: string } | null) {
  // Taking is for a claim nobody has: a reviewer who took one assigned to an editor could then give it back, undoing the editor's assignment.
  const selfService = (next === actor.userId && (current === null || current === actor.userId)) || (next === null && current === actor.userId);
  if (!can(actor.role, "claim.assign") && !selfService) {
    throw new AppError("FORBIDDEN", "Reviewers can take only claims nobody is assigned to, and give back their own; ask an editor to assign others.");
  }
  if (next === null) return;
  if (!member || member.role === "viewer") {
    throw new AppError("INVALID_INPUT", "Claims can be assigned only to active reviewers, editors or admins of this team.", [
      { field: "assigneeId", message: "Not an active reviewer, editor or admin of this team." },
    ]);
  }
}

/**
 * The assignee's active membership, locked FOR SHARE: a member being disabled or made a viewer at this moment waits
 * for this assignment and then gives it back (release-assignments.ts); read after their change, they are no longer
 * found. Unlocked, 13 claims stayed with disabled members when assignments and the change raced (re-probe of stop 34).
 */
async function lockActiveAssignee(tx: Prisma.TransactionClient, actor: Actor, userId: string): Promise<{ role: string } | null> {
  const [member] = await tx.$queryRaw<{ role: string }[]>`
    SELECT role::text AS role FROM "Membership" WHERE "teamId" = ${actor.teamId}::uuid AND "userId" = ${userId}::uuid AND "disabledAt" IS NULL FOR SHARE`;
  return member ?? null;
}
