"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useFocusAfter } from "@/components/ui/use-focus-after";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { LiveNotice } from "@/components/ui/live-notice";
import { useApiAction } from "@/lib/client/use-api-action";

interface Link {
  id: string;
  showReviewerNames: boolean;
  noindex: boolean;
  claimIds: string[];
  createdAt: string | Date;
  revokedAt: string | Date | null;
}

/**
 * Public links to the article's fact-checks: the editor chooses which claims with a final verdict to
 * publish (optionally with reviewer names, optionally kept out of search engines) and revokes links.
 * Only a hash of each link is stored, so a new link is shown once, right after it is created.
 */
export function ShareLinks({ articleId, links, finalClaims }: { articleId: string; links: Link[]; finalClaims: { id: string; text: string }[] }) {
  const t = useTranslations("share");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  const [withNames, setWithNames] = useState(false);
  const [noindex, setNoindex] = useState(false);
  const [chosen, setChosen] = useState(() => new Set(finalClaims.map((claim) => claim.id)));
  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  // The new link is shown once: the focus goes to its Copy button, not to the page's top (walk of stop 41).
  const createdBox = useFocusAfter<HTMLDivElement>([created], "button");
  const create = async () => {
    // Without any final verdict yet, the link publishes claims as they get one.
    const claimIds = finalClaims.length ? finalClaims.filter((claim) => chosen.has(claim.id)).map((claim) => claim.id) : undefined;
    const link = await run<{ id: string; url: string }>(`/api/v1/articles/${articleId}/share-links`, "POST", { showReviewerNames: withNames, noindex, claimIds });
    if (link) setCreated({ id: link.id, url: link.url });
  };
  // Its button is gone once a link is revoked: the focus goes to the sentence saying so (walk of stop 43).
  const [revoked, setRevoked] = useState<{ text: string } | null>(null);
  const revoke = async (id: string) => {
    if (!window.confirm(t("confirmRevoke"))) return;
    if (await run(`/api/v1/share-links/${id}`, "DELETE")) {
      setCreated((shown) => (shown?.id === id ? null : shown));
      setRevoked({ text: t("revokedNotice") });
    }
  };
  return (
    <section className="mt-3 border-t border-slate-200 pt-3 text-sm" data-testid="share-links">
      <h3 className="font-semibold">{t("title")}</h3>
      {problem && <Alert tone="error">{problem.message}</Alert>}
      <LiveNotice notice={problem || created ? null : revoked} />
      {created && (
        <div ref={createdBox}>
        <Alert tone="info">
          <span className="font-medium">{t("newLink")}: </span>
          <a className="break-all text-blue-800 underline" href={new URL(created.url).pathname} target="_blank" rel="noopener" data-testid="public-link">
            {created.url}
          </a>
          <span className="mt-2 block">
            <CopyButton value={created.url} label={t("copyLink")} testId="copy-public-link" />
          </span>
          <span className="mt-1 block text-slate-700">{t("shownOnce")}</span>
        </Alert>
        </div>
      )}
      {/* The note on links shown once is said in the new link's box already; twice read as two warnings (walk of stop 34). */}
      {links.length === 0 ? <p className="text-slate-600">{t("none")}</p> : !created && <p className="text-xs text-slate-600">{t("onceNote")}</p>}
      <ul className="mt-1 space-y-1">
        {links.map((link) => {
          const created = t("link", { date: format.dateTime(new Date(link.createdAt), { dateStyle: "medium", timeStyle: "short" }) });
          const scope = link.claimIds.length ? t("claimsCount", { count: link.claimIds.length }) : t("allFinal");
          const label = `${created} · ${scope}${link.noindex ? ` · ${t("noindexShort")}` : ""}`;
          return (
            <li key={link.id} className="flex flex-wrap items-center gap-2">
              {link.revokedAt ? (
                <span className="text-slate-500 line-through">
                  {label} ({t("revoked")})
                </span>
              ) : (
                <>
                  <span>{label}</span>
                  {/* Revoking unpublishes the fact-check: a danger button, not plain text (walk of stop 34). */}
                  <Button variant="danger" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => revoke(link.id)}>
                    {t("revoke")}
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {finalClaims.length > 0 ? (
        <fieldset className="mt-2">
          <legend className="font-medium">{t("publish")}</legend>
          <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto">
            {finalClaims.map((claim) => (
              <li key={claim.id}>
                <label className="flex items-start gap-2 [overflow-wrap:anywhere]">
                  <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0" checked={chosen.has(claim.id)} onChange={() => toggle(claim.id)} />
                  <span>{claim.text}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="mt-2 text-xs text-slate-600">{t("noFinalYet")}</p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4" checked={withNames} onChange={(event) => setWithNames(event.target.checked)} />
          {t("withNames")}
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4" checked={noindex} onChange={(event) => setNoindex(event.target.checked)} />
          {t("noindex")}
        </label>
        <Button variant="secondary" disabled={pending || (finalClaims.length > 0 && chosen.size === 0)} onClick={create}>
          {t("create")}
        </Button>
      </div>
    </section>
  );
}
