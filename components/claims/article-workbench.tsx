"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LiveNotice } from "@/components/ui/live-notice";
import { cn } from "@/components/ui/cn";
import { useApiAction } from "@/lib/client/use-api-action";
import { highlightPieces } from "@/lib/domain/article/highlight-pieces";
import { paragraphSpans } from "@/lib/domain/article/paragraphs";
import { adjacent } from "@/lib/domain/claims/claim-spans";
import { ClaimFilters, NO_FILTER, passesFilter, type ClaimFilter } from "./claim-filters";
import { FindWordsForm } from "./find-words-form";
import { ClaimItem, itemId, Legend } from "./claim-list-item";
import type { ExclusionUndo } from "./exclusion-undo";
import { highlightClass, type ClaimView } from "./claim-view";
import { BulkBar, SelectionActions, WorkbenchProblem, type ReviewContext } from "./review-tools";
import { readTextPick, type TextPick } from "./text-selection";
import { useClaimShortcuts } from "./use-claim-shortcuts";

const markId = (id: string) => `claim-mark-${id}`;
/** The address of a claim's place on the article page: `/articles/{id}#claim-{claimId}`. */
const CLAIM_HASH = /^#claim-([0-9a-f-]{36})$/;

/**
 * Brings a list item into view inside the list's own scroll box (the sticky side card on wide
 * screens) without scrolling the page, which the text's highlight may be scrolling at the same time.
 */
function revealInList(id: string) {
  const item = document.getElementById(itemId(id));
  const box = item?.closest<HTMLElement>("[data-claim-scroller]");
  if (!item || !box || box.scrollHeight <= box.clientHeight) return;
  const itemBox = item.getBoundingClientRect();
  const view = box.getBoundingClientRect();
  if (itemBox.top < view.top) box.scrollTop -= view.top - itemBox.top + 8;
  else if (itemBox.bottom > view.bottom) box.scrollTop += itemBox.bottom - view.bottom + 8;
}

interface ArticleWorkbenchProps {
  header: ReactNode;
  body: string;
  lang: string;
  claims: ClaimView[];
  /** How many claims the article has, when the page shows only some of them (a very long article). */
  total?: number;
  review: ReviewContext;
}

/**
 * The article text with its claims highlighted beside the claim list. Selecting a claim on either side
 * selects it on the other and scrolls it into view; selecting text offers to add it as a claim (or to
 * split the claim at the caret); ticked claims get bulk actions; j/k/o/a/x work from the keyboard.
 */
export function ArticleWorkbench({ header, body, lang, claims, total, review }: ArticleWorkbenchProps) {
  const t = useTranslations("claims");
  const w = useTranslations("workbench");
  const [selected, setSelected] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [pick, setPick] = useState<TextPick | null>(null);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [notice, setNotice] = useState<{ text: string; undo?: ExclusionUndo } | null>(null);
  // A claim just added by hand: selected (and so brought into view) once the refreshed list holds it.
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const { run, pending, problem } = useApiAction();
  // The bulk bar's own requests: their problems are said in the bar, not above the article text.
  const bulk = useApiAction();
  const paragraphs = useMemo(() => paragraphSpans(body), [body]);
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const names = useMemo(() => new Map(review.people.map((person) => [person.id, person.name])), [review.people]);
  const anchored = useMemo(() => claims.filter((claim) => claim.anchored), [claims]);
  const ranked = useMemo(
    () => [...anchored].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start),
    [anchored],
  );
  const shown = useMemo(() => ranked.filter((claim) => passesFilter(claim, filter)), [ranked, filter]);
  const orphans = claims.filter((claim) => !claim.anchored);
  const chosen = claims.filter((claim) => checked.has(claim.id));
  const neighbours = chosen.length === 2 && adjacent(chosen[0]!, chosen[1]!, anchored.filter((claim) => !checked.has(claim.id)));

  const select = useCallback((id: string, reveal: (id: string) => string) => {
    setSelected(id);
    document.getElementById(reveal(id))?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);
  useEffect(() => {
    if (!justAdded || !byId.has(justAdded)) return;
    setFilter(NO_FILTER);
    setSelected(justAdded);
    setJustAdded(null);
  }, [justAdded, byId]);
  // After the render: the selected card opens up (full wording, reasons), so its size is known only then.
  useEffect(() => {
    if (selected) revealInList(selected);
  }, [selected]);
  // A link to a claim's place (from its claim page) selects it and brings it to the middle of the screen.
  useEffect(() => {
    const fromHash = () => {
      const id = CLAIM_HASH.exec(window.location.hash)?.[1];
      if (!id || !byId.has(id)) return;
      setFilter(NO_FILTER);
      setSelected(id);
      requestAnimationFrame(() => document.getElementById(markId(id))?.scrollIntoView({ block: "center" }));
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [byId]);
  const { setProblem: setBulkProblem } = bulk;
  const toggle = useCallback((id: string) => {
    setNotice(null);
    setBulkProblem(null);
    setChecked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, [setBulkProblem]);
  const act = useCallback(
    async (url: string, method: "POST" | "PATCH", payload: unknown) => {
      const done = await run(url, method, payload);
      if (done) setPick(null);
      return done;
    },
    [run],
  );
  // A claim added from a selection (or typed words) is selected and said (walk of stop 41: it went unmentioned, ranked
  // last); a split is said too (walk of stop 47, typing the words: the form went and nothing told what happened).
  const perform = useCallback(
    async (target: TextPick) => {
      if (target.kind === "range") {
        const claim = (await act("/api/v1/claims", "POST", { articleId: review.articleId, textVersion: review.textVersion, start: target.start, end: target.end })) as { id: string } | null;
        if (claim) {
          setJustAdded(claim.id);
          setNotice({ text: w("added") });
        }
        return Boolean(claim);
      }
      const claim = byId.get(target.claimId);
      const done = claim ? await act(`/api/v1/claims/${claim.id}/split`, "POST", { version: claim.version, at: target.at }) : null;
      if (done) setNotice({ text: w("splitDone") });
      return Boolean(done);
    },
    [act, byId, review.articleId, review.textVersion, w],
  );
  // The bulk bar goes with the ticks: a sentence where it was says what was done, and takes the focus.
  const bulkDone = useCallback((text: string, undo?: ExclusionUndo) => {
    setChecked(new Set());
    setNotice({ text, undo });
  }, []);
  const undoExclusion = async (undo: ExclusionUndo) => {
    for (const group of undo) if (!(await bulk.run("/api/v1/claims", "PATCH", { claims: group.claims, status: group.status }))) return;
    setNotice({ text: w("bulkDone.restored", { count: undo.reduce((sum, group) => sum + group.claims.length, 0) }) });
  };
  useClaimShortcuts({
    order: shown.map((claim) => claim.id),
    selected,
    select: (id) => {
      // Side by side (lg), the text scrolls to the claim's words; stacked on a phone, the list is what j/k walk, so its
      // card comes into view (re-walk of stop 45: the focused card sat below the screen).
      select(id, window.matchMedia("(min-width: 1024px)").matches ? markId : itemId);
      // The focus goes with the selection, so a screen reader says which claim j/k reached and Tab goes on from it.
      document.querySelector<HTMLElement>(`#${CSS.escape(itemId(id))} button[data-claim-select]`)?.focus({ preventScroll: true });
    },
    toggle: review.canEdit ? toggle : undefined,
    assignToMe: review.canEdit
      ? (id) => {
          const claim = byId.get(id);
          // Said as the button's would be, without taking the focus from the list (walk of stop 44: "a" said nothing).
          if (claim) void act(`/api/v1/claims/${id}`, "PATCH", { version: claim.version, assigneeId: review.me }).then((done) => done && setNotice({ text: w("assignedToYou") }));
        }
      : undefined,
  });

  return (
    <article className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      {/* Always in the page, so each tick (also by "x") is said: the bulk bar's count came with the bar, unannounced (re-walk of stop 45). */}
      <p role="status" className="sr-only" data-testid="ticked-status">
        {checked.size > 0 ? w("selected", { count: checked.size }) : ""}
      </p>
      <div>
        {header}
        <div className="sticky top-0 z-10 mt-3 flex flex-wrap items-center gap-2 bg-slate-50/95 py-1" data-testid="selection-actions">
          <SelectionActions pick={pick} review={review} claims={claims} perform={perform} pending={pending} />
          {review.canEdit && !pick && <span className="text-xs text-slate-500">{w("selectHint")}</span>}
        </div>
        {review.canEdit && <FindWordsForm body={body} claims={claims} perform={perform} pending={pending} />}
        <WorkbenchProblem problem={problem} />
        <Card className="mt-2">
          <h2 className="sr-only">{t("text")}</h2>
          <div
            ref={textRef}
            lang={lang}
            className="space-y-4 leading-relaxed text-slate-900"
            data-testid="article-text"
            onMouseUp={() => setPick(textRef.current ? readTextPick(textRef.current) : null)}
            onKeyUp={() => setPick(textRef.current ? readTextPick(textRef.current) : null)}
          >
            {paragraphs.map((paragraph) => (
              <p key={paragraph.start} className="whitespace-pre-line">
                {highlightPieces(paragraph, anchored).map((piece) => {
                  const text = body.slice(piece.start, piece.end);
                  const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
                  if (!claim) {
                    return (
                      <span key={piece.start} data-offset={piece.start}>
                        {text}
                      </span>
                    );
                  }
                  return (
                    <mark
                      key={piece.start}
                      id={piece.start === claim.start ? markId(claim.id) : undefined}
                      data-claim-id={claim.id}
                      data-offset={piece.start}
                      aria-current={selected === claim.id ? "true" : undefined}
                      className={cn(
                        "cursor-pointer rounded-sm text-inherit",
                        highlightClass(claim),
                        selected === claim.id && "outline-2 outline-offset-1 outline-blue-700",
                      )}
                      style={claim.verdict ? { boxShadow: `inset 0 -3px 0 ${claim.verdict.color}` } : undefined}
                      title={claim.verdict?.label}
                      onClick={() => select(claim.id, itemId)}
                    >
                      {text}
                    </mark>
                  );
                })}
              </p>
            ))}
          </div>
        </Card>
      </div>
      <aside aria-labelledby="claims-heading" className="lg:sticky lg:top-4 lg:self-start">
        <Card className="lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto" data-claim-scroller>
          <h2 id="claims-heading" className="font-semibold">
            {total !== undefined && total > claims.length ? t("countOfTotal", { count: claims.length, total }) : t("count", { count: claims.length })}
          </h2>
          <Legend />
          <ClaimFilters filter={filter} onChange={setFilter} />
          {review.canEdit && <p className="mt-1 hidden text-xs text-slate-500 sm:block">{w("shortcuts")}</p>}
          <LiveNotice notice={notice} testId="bulk-notice">
            {notice?.undo && notice.undo.length > 0 && (
              <Button variant="secondary" className="ml-2 min-h-8 px-2 py-0.5" disabled={bulk.pending} onClick={() => void undoExclusion(notice.undo!)}>
                {w("undo")}
              </Button>
            )}
          </LiveNotice>
          {chosen.length === 0 && <WorkbenchProblem problem={bulk.problem} />}
          <BulkBar chosen={chosen} neighbours={neighbours} review={review} run={bulk.run} pending={pending || bulk.pending} problem={bulk.problem} done={bulkDone} />
          {claims.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("none")}</p>}
          {shown.length < ranked.length && (
            <p className="mt-2 text-xs text-slate-600" role="status">
              {shown.length === 0 ? w("filter.noneMatch") : w("filter.shown", { shown: shown.length, total: ranked.length })}
            </p>
          )}
          <ol className="mt-2 space-y-1.5 text-sm" data-testid="claim-list">
            {shown.map((claim) => (
              <ClaimItem
                key={claim.id}
                claim={claim}
                lang={lang}
                selected={selected === claim.id}
                onSelect={() => select(claim.id, markId)}
                checked={checked.has(claim.id)}
                assignee={claim.assigneeId ? (names.get(claim.assigneeId) ?? null) : null}
                onCheck={review.canEdit ? () => toggle(claim.id) : undefined}
              />
            ))}
          </ol>
          {orphans.length > 0 && (
            <section className="mt-4 border-t border-slate-200 pt-3">
              <h3 className="text-sm font-semibold text-red-900">{t("orphanedTitle", { count: orphans.length })}</h3>
              <p className="text-xs text-slate-600">{t("orphanedHint")}</p>
              <ol className="mt-2 space-y-2 text-sm">
                {orphans.map((claim) => (
                  <ClaimItem key={claim.id} claim={claim} lang={lang} selected={selected === claim.id} onSelect={() => setSelected(claim.id)} />
                ))}
              </ol>
            </section>
          )}
        </Card>
      </aside>
    </article>
  );
}
