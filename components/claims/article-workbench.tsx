"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { highlightPieces } from "@/lib/domain/article/highlight-pieces";
import { paragraphSpans } from "@/lib/domain/article/paragraphs";
import { highlightClass, type ClaimView } from "./claim-view";

const markId = (id: string) => `claim-mark-${id}`;
const itemId = (id: string) => `claim-item-${id}`;

/**
 * The article text with its claims highlighted beside the claim list. Selecting a claim on either side
 * selects it on the other and scrolls it into view.
 */
export function ArticleWorkbench({ header, body, lang, claims }: { header: ReactNode; body: string; lang: string; claims: ClaimView[] }) {
  const t = useTranslations("claims");
  const [selected, setSelected] = useState<string | null>(null);
  const paragraphs = useMemo(() => paragraphSpans(body), [body]);
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const anchored = useMemo(() => claims.filter((claim) => claim.anchored), [claims]);
  const ranked = useMemo(
    () => [...anchored].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start),
    [anchored],
  );
  const orphans = claims.filter((claim) => !claim.anchored);

  const select = useCallback((id: string, reveal: (id: string) => string) => {
    setSelected(id);
    document.getElementById(reveal(id))?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, []);

  return (
    <article className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div>
        {header}
        <Card className="mt-4">
          <h2 className="sr-only">{t("text")}</h2>
          <div lang={lang} className="space-y-4 leading-relaxed text-slate-900" data-testid="article-text">
            {paragraphs.map((paragraph) => (
              <p key={paragraph.start} className="whitespace-pre-line">
                {highlightPieces(paragraph, anchored).map((piece) => {
                  const text = body.slice(piece.start, piece.end);
                  const claim = piece.claimId ? byId.get(piece.claimId) : undefined;
                  if (!claim) return <span key={piece.start}>{text}</span>;
                  return (
                    <mark
                      key={piece.start}
                      id={piece.start === claim.start ? markId(claim.id) : undefined}
                      data-claim-id={claim.id}
                      aria-current={selected === claim.id ? "true" : undefined}
                      className={cn(
                        "cursor-pointer rounded-sm text-inherit",
                        highlightClass(claim),
                        selected === claim.id && "outline-2 outline-offset-1 outline-blue-700",
                      )}
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
        <Card className="lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          <h2 id="claims-heading" className="font-semibold">
            {t("count", { count: claims.length })}
          </h2>
          <Legend />
          {claims.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("none")}</p>}
          <ol className="mt-3 space-y-2 text-sm" data-testid="claim-list">
            {ranked.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} selected={selected === claim.id} onSelect={() => select(claim.id, markId)} />
            ))}
          </ol>
          {orphans.length > 0 && (
            <section className="mt-4 border-t border-slate-200 pt-3">
              <h3 className="text-sm font-semibold text-red-900">{t("orphanedTitle", { count: orphans.length })}</h3>
              <p className="text-xs text-slate-600">{t("orphanedHint")}</p>
              <ol className="mt-2 space-y-2 text-sm">
                {orphans.map((claim) => (
                  <ClaimItem key={claim.id} claim={claim} selected={selected === claim.id} onSelect={() => setSelected(claim.id)} />
                ))}
              </ol>
            </section>
          )}
        </Card>
      </aside>
    </article>
  );
}

function ClaimItem({ claim, selected, onSelect }: { claim: ClaimView; selected: boolean; onSelect: () => void }) {
  const t = useTranslations("claims");
  return (
    <li id={itemId(claim.id)} className={cn("rounded border p-2", selected ? "border-blue-700 bg-blue-50" : "border-slate-200")}>
      <button type="button" className="w-full text-left" aria-pressed={selected} onClick={onSelect}>
        <span className={cn("block", claim.excluded && "line-through")}>{claim.normalizedText ?? claim.text}</span>
      </button>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        <Badge tone={claim.checkworthy ? "amber" : "neutral"}>
          {t(`kinds.${claim.kind}`)} · {t("score", { score: Math.round(claim.checkworthiness * 100) })}
        </Badge>
        {claim.anchorState === "reanchored" && <Badge tone="blue">{t("reanchored")}</Badge>}
        {claim.anchorState === "orphaned" && <Badge tone="red">{t("orphaned")}</Badge>}
        {claim.excluded && <Badge>{t("excluded")}</Badge>}
        <Link className="ml-auto text-xs text-blue-800 underline" href={`/claims/${claim.id}`}>
          {t("details")}
        </Link>
      </div>
      {claim.claimantText && <p className="mt-1 text-xs text-slate-700">{t("claimant", { name: claim.claimantText })}</p>}
      {claim.reasons.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label={t("reasons")}>
          {claim.reasons.map((reason) => (
            <li key={reason} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
              {reason}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Legend() {
  const t = useTranslations("claims");
  const swatch = (kind: ClaimView["kind"], checkworthy: boolean, label: string) => (
    <span className="inline-flex items-center gap-1">
      <span className={cn("inline-block h-3 w-5 rounded-sm", highlightClass({ kind, checkworthy, excluded: false }))} aria-hidden />
      {label}
    </span>
  );
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {swatch("claim", true, t("legend.checkworthy"))}
      {swatch("claim", false, t("legend.claim"))}
      {swatch("quote", true, t("legend.quote"))}
      {swatch("opinion", false, t("legend.opinion"))}
    </p>
  );
}
