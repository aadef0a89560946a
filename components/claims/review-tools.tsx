"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DOWNLOAD_LINK } from "@/components/ui/download-link";
import { SelectAndApply } from "@/components/ui/select-and-apply";
import type { Problem } from "@/lib/client/send-json";
import type { ClaimView } from "./claim-view";
import type { ExclusionReason } from "@/lib/domain/claim-model/decisions";
import { ExcludeControl } from "./exclude-control";
import { exclusionUndo, type ExclusionUndo } from "./exclusion-undo";
import type { TextPick } from "./text-selection";

export interface ReviewContext {
  articleId: string;
  textVersion: number;
  canEdit: boolean;
  canAssign: boolean;
  me: string;
  people: { id: string; name: string }[];
}

type Run = (url: string, method: "POST" | "PATCH", body: unknown) => Promise<unknown>;

/**
 * What can be done with the text just selected: add it as a claim, or split the claim at the caret. `perform` does it
 * (the workbench's, shared with typing the words: find-words-form.tsx).
 */
export function SelectionActions({ pick, review, claims, perform, pending }: { pick: TextPick | null; review: ReviewContext; claims: ClaimView[]; perform: (pick: TextPick) => Promise<boolean>; pending: boolean }) {
  const t = useTranslations("workbench");
  const c = useTranslations("claims");
  if (!pick || !review.canEdit) return null;
  if (pick.kind === "range") {
    return (
      <Button disabled={pending} onClick={() => void perform(pick)}>
        {t("addClaim")}
      </Button>
    );
  }
  const claim = claims.find((candidate) => candidate.id === pick.claimId);
  if (!claim || pick.at <= claim.start || pick.at >= claim.end) return null;
  if (claim.status === "final") return <span className="text-xs text-slate-600" data-testid="frozen-claim-note">{c("frozen")}</span>;
  return (
    <Button variant="secondary" disabled={pending} onClick={() => void perform(pick)}>
      {t("splitHere")}
    </Button>
  );
}

/**
 * Actions on the claims ticked in the list: assign, set status, merge two neighbours. Status and merge
 * are left out while a ticked claim has a final verdict (the server refuses them until it is reopened).
 * `done` gets a sentence saying what was done: the bar goes with the ticks, and said nothing (re-walk of stop 40).
 * `neighbours`: the two ticked claims follow each other in the text, as a merge needs.
 */
export function BulkBar({ chosen, neighbours, review, run, pending, problem, done }: {
  chosen: ClaimView[];
  neighbours: boolean;
  review: ReviewContext;
  run: Run;
  pending: boolean;
  /** A refused bulk action: said in the bar, where the person acted (it showed above the article text: walk of stop 41). */
  problem: Problem | null;
  done: (notice: string, undo?: ExclusionUndo) => void;
}) {
  const t = useTranslations("workbench");
  const c = useTranslations("claims");
  const statuses = useTranslations("claims.statuses");
  const r = useTranslations("review");
  // On a phone the actions open on asking: all of them took 385 of 844 px, stuck over the list (walk of stop 41).
  const [open, setOpen] = useState(false);
  if (chosen.length === 0) return null;
  const claims = chosen.map((claim) => ({ id: claim.id, version: claim.version }));
  const count = claims.length;
  const frozen = chosen.some((claim) => claim.status === "final");
  const apply = async (change: Record<string, unknown>, notice: string) => {
    if (await run("/api/v1/claims", "PATCH", { claims, ...change })) done(notice);
  };
  // Excluding asked nothing and could not be taken back but claim by claim (walk of stop 41): its sentence offers an undo.
  const exclude = async (exclusionReason: ExclusionReason, exclusionNote: string | null) => {
    const updated = (await run("/api/v1/claims", "PATCH", { claims, status: "excluded", exclusionReason, ...(exclusionNote && { exclusionNote }) })) as { id: string; version: number }[] | null;
    if (updated) done(t("bulkDone.excluded", { count }), exclusionUndo(chosen, updated));
  };
  const assign = (assigneeId: string | null) => {
    const name = review.people.find((person) => person.id === assigneeId)?.name;
    // Taking claims starts the review of new ones (the server's rule): the sentence says so (walk of stop 41).
    if (assigneeId === review.me) return apply({ assigneeId }, t("bulkDone.taken", { count }));
    return apply({ assigneeId }, name ? t("bulkDone.assigned", { count, name }) : t("bulkDone.unassigned", { count }));
  };
  return (
    // Sticky: ticking a claim far down the list showed its actions out of sight, above it (walk of stop 41).
    <div className="sticky top-0 z-10 mt-3 space-y-2 rounded lg:-top-6 border border-blue-200 bg-blue-50 p-2 text-sm shadow-sm" data-testid="bulk-bar">
      <div className="flex items-center justify-between gap-2">
        <p className="font-medium">{t("selected", { count: chosen.length })}</p>
        <Button variant="secondary" className="min-h-9 px-3 py-1 lg:hidden" aria-expanded={open} aria-controls="bulk-actions" onClick={() => setOpen(!open)}>
          {t("actions")} {open ? "▴" : "▾"}
        </Button>
      </div>
      <div id="bulk-actions" className={cn(open ? "flex" : "hidden", "flex-wrap gap-2 lg:flex")}>
        <Button variant="secondary" disabled={pending} onClick={() => assign(review.me)}>
          {t("assignToMe")}
        </Button>
        {review.canAssign && (
          <SelectAndApply
            label={t("assignTo")}
            value=""
            options={[
              { value: "", label: t("assignTo") },
              ...review.people.map((person) => ({ value: person.id, label: person.name })),
              { value: NOBODY, label: r("unassigned") },
            ]}
            apply={t("assign")}
            disabled={pending}
            onApply={(assigneeId) => assign(assigneeId === NOBODY ? null : assigneeId)}
          />
        )}
        {!frozen && (
          <SelectAndApply
            label={t("setStatus")}
            value=""
            options={[{ value: "", label: t("setStatus") }, ...(["new", "in_review", "needs_second_review"] as const).map((status) => ({ value: status, label: statuses(status) }))]}
            apply={t("applyStatus")}
            disabled={pending}
            onApply={(status) => apply({ status }, t("bulkDone.status", { count, status: statuses(status as "new") }))}
          />
        )}
        {!frozen && review.canAssign && <ExcludeControl disabled={pending} onExclude={exclude} />}
        <SelectionExports
          articleId={review.articleId}
          ids={chosen.filter((claim) => claim.anchorState !== "orphaned").map((claim) => claim.id)}
          withFinal={chosen.some((claim) => claim.anchorState !== "orphaned" && claim.verdict !== null)}
        />
        {chosen.length === 2 && !frozen && neighbours && (
          // Asked first: there is no undo but splitting by hand (walk of stop 41).
          <Button variant="secondary" disabled={pending} onClick={async () => window.confirm(t("confirmMerge")) && (await run("/api/v1/claims/merge", "POST", { claims })) && done(t("bulkDone.merged"))}>
            {t("merge")}
          </Button>
        )}
      </div>
      {frozen && <p className="text-xs text-slate-700" data-testid="frozen-claim-note">{c("frozen")}</p>}
      {/* Two apart in the text were offered a merge the server then refused (walk of stop 41). */}
      {chosen.length === 2 && !frozen && !neighbours && <p className="text-xs text-slate-700">{t("mergeNeighboursOnly")}</p>}
      <WorkbenchProblem problem={problem} />
    </div>
  );
}

/** The choice that takes the ticked claims' assignee away (no person's id looks like it). */
const NOBODY = "nobody";

/**
 * The report of just the ticked claims, in every format: posted as a form (the ids would not fit in a link's
 * address past a few hundred claims: probe of stop 32); the answer is a download, so the page stays.
 */
function SelectionExports({ articleId, ids, withFinal }: { articleId: string; ids: string[]; withFinal: boolean }) {
  const t = useTranslations("workbench");
  // Reports hold the claims anchored in the current text: an orphan ticked with them is left out here.
  if (ids.length === 0) return null;
  // ClaimReview holds final verdicts only: for ticked claims without one it was an empty file (re-walk of stop 40).
  const formats = ([["csv", "CSV"], ["claimreview", "JSON-LD"], ["md", "Markdown"], ["pdf", "PDF"]] as const).filter(([format]) => withFinal || format !== "claimreview");
  return (
    <form method="post" action={`/api/v1/articles/${articleId}/report`} className="flex flex-wrap items-center gap-2" data-testid="selection-exports">
      <span>{t("exportSelection")}:</span>
      <input type="hidden" name="claims" value={ids.join(",")} />
      <input type="hidden" name="bom" value="1" />
      {formats.map(([format, label]) => (
        <button key={format} type="submit" name="format" value={format} className={DOWNLOAD_LINK}>
          {label}
        </button>
      ))}
    </form>
  );
}

/** The workbench's request problem; after a conflict the list was reloaded, and the alert says so. */
export function WorkbenchProblem({ problem }: { problem: Problem | null }) {
  const t = useTranslations("workbench");
  return <ProblemAlert problem={problem} message={problem?.status === 409 ? `${problem.message} ${t("reloaded")}` : undefined} />;
}
