"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { LiveNotice } from "@/components/ui/live-notice";
import { Button } from "@/components/ui/button";
import { SelectAndApply } from "@/components/ui/select-and-apply";
import { useApiAction } from "@/lib/client/use-api-action";
import type { ClaimStatus } from "@/lib/domain/workflow/claim-status";
import { ExcludeControl } from "@/components/claims/exclude-control";
import { FrozenClaimNote } from "@/components/claims/frozen-claim-note";
import type { ExclusionReason } from "@/lib/domain/claim-model/decisions";

interface Person {
  id: string;
  name: string;
  role: string;
}

export interface WorkflowPanelProps {
  claim: { id: string; version: number; status: ClaimStatus; assigneeId: string | null; exclusionReason?: ExclusionReason | null; exclusionNote?: string | null };
  moves: ClaimStatus[];
  people: Person[];
  me: string;
  canAssignOthers: boolean;
  /** Reviewers take claims themselves; viewers read only. */
  canAssignSelf: boolean;
}

/** Status and assignee of a claim; offers only the moves the person's role allows. */
export function WorkflowPanel({ claim, moves, people, me, canAssignOthers, canAssignSelf }: WorkflowPanelProps) {
  const t = useTranslations("review");
  const statuses = useTranslations("claims.statuses");
  const reasons = useTranslations("claims.exclusion.reasons");
  const { run, pending, problem } = useApiAction();
  // Each change says what it did and takes the focus: the button it came from is gone or disabled (walk of stop 41).
  // The choice of a person stays where it is, with the focus: it is still there to change (re-walk of stop 40).
  const [notice, setNotice] = useState<{ text: string; keepFocus?: boolean } | null>(null);
  const patch = async (change: Record<string, unknown>, done: string, keepFocus = false) => {
    if (await run(`/api/v1/claims/${claim.id}`, "PATCH", { version: claim.version, ...change })) setNotice({ text: done, keepFocus });
  };
  const assign = (assigneeId: string | null, keepFocus = false) =>
    patch(
      { assigneeId },
      assigneeId === me ? t("assignedToYou") : assigneeId ? t("assignedNotice", { name: people.find((person) => person.id === assigneeId)?.name ?? "" }) : t("unassignedNotice"),
      keepFocus,
    );
  const assignee = people.find((person) => person.id === claim.assigneeId);

  return (
    <div className="space-y-3 text-sm" data-testid="workflow-panel">
      <LiveNotice notice={notice} testId="workflow-notice" />
      <ProblemAlert problem={problem} message={problem?.status === 409 ? t("conflict") : undefined} />
      <p>
        {t("status")}: <strong data-testid="claim-status">{statuses(claim.status)}</strong>
      </p>
      {/* No status moves on a final claim; who works on it next stays open (desk bookkeeping). Said once, to
          those who could otherwise change it: it stood three times on a claim page, for viewers too (walk of stop 32). */}
      {claim.status === "final" && moves.length > 0 && <FrozenClaimNote />}
      {claim.status === "excluded" && claim.exclusionReason && (
        <p data-testid="exclusion-reason">
          {t("exclusionReason")}: <strong>{reasons(claim.exclusionReason)}</strong>
          {claim.exclusionNote && <span className="break-words [overflow-wrap:anywhere]"> · {claim.exclusionNote}</span>}
        </p>
      )}
      {moves.includes("excluded") && <ExcludeControl disabled={pending} onExclude={(exclusionReason, exclusionNote) => patch({ status: "excluded", exclusionReason, ...(exclusionNote && { exclusionNote }) }, t("excludedNotice"))} />}
      {moves.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {moves.filter((status) => status !== "excluded").map((status) => (
            <Button key={status} variant="secondary" disabled={pending} onClick={() => patch({ status }, t("statusMoved", { status: statuses(status) }))}>
              {t("moveTo", { status: statuses(status) })}
            </Button>
          ))}
        </div>
      )}
      {/* (The notice above says what changed: a live region here too had it said twice.) */}
      <p>
        {t("assignee")}: <strong data-testid="claim-assignee">{assignee?.name ?? t("unassigned")}</strong>
      </p>
      {canAssignOthers ? (
        <SelectAndApply
          label={t("assignTo")}
          value={claim.assigneeId ?? ""}
          options={[{ value: "", label: t("unassigned") }, ...people.filter((person) => person.role !== "viewer").map((person) => ({ value: person.id, label: person.name }))]}
          apply={t("assign")}
          disabled={pending}
          onApply={(assigneeId) => assign(assigneeId || null, true)}
        />
      ) : !canAssignSelf ? null : claim.status !== "final" && claim.assigneeId === null ? (
        <Button variant="secondary" disabled={pending} onClick={() => assign(me)}>
          {t("assignToMe")}
        </Button>
      ) : claim.assigneeId === me ? (
        // A bordered button like "Assign to me": the borderless one looked disabled (walk of stop 38).
        <Button variant="secondary" disabled={pending} onClick={() => assign(null)}>
          {t("unassignMe")}
        </Button>
      ) : null}
    </div>
  );
}
