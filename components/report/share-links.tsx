"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

interface Link {
  id: string;
  showReviewerNames: boolean;
  createdAt: string | Date;
  revokedAt: string | Date | null;
}

/**
 * Public links to the article's report: create (optionally with reviewer names) and revoke. Only a
 * hash of each link is stored, so a new link is shown once, right after it is created.
 */
export function ShareLinks({ articleId, links }: { articleId: string; links: Link[] }) {
  const t = useTranslations("share");
  const format = useFormatter();
  const { run, pending, problem } = useApiAction();
  const [withNames, setWithNames] = useState(false);
  const [created, setCreated] = useState<{ id: string; url: string } | null>(null);
  const create = async () => {
    const link = await run<{ id: string; url: string }>(`/api/v1/articles/${articleId}/share-links`, "POST", { showReviewerNames: withNames });
    if (link) setCreated({ id: link.id, url: link.url });
  };
  const revoke = async (id: string) => {
    if (await run(`/api/v1/share-links/${id}`, "DELETE")) setCreated((shown) => (shown?.id === id ? null : shown));
  };
  return (
    <section className="mt-3 border-t border-slate-200 pt-3 text-sm" data-testid="share-links">
      <h3 className="font-semibold">{t("title")}</h3>
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {created && (
        <Alert tone="info">
          <span className="font-medium">{t("newLink")}: </span>
          <a className="break-all text-blue-800 underline" href={new URL(created.url).pathname} target="_blank" rel="noopener">
            {created.url}
          </a>
          <span className="mt-1 block text-slate-700">{t("shownOnce")}</span>
        </Alert>
      )}
      {links.length === 0 ? <p className="text-slate-600">{t("none")}</p> : <p className="text-xs text-slate-600">{t("onceNote")}</p>}
      <ul className="mt-1 space-y-1">
        {links.map((link) => {
          const label = t("link", { date: format.dateTime(new Date(link.createdAt), { dateStyle: "medium", timeStyle: "short" }) });
          return (
            <li key={link.id} className="flex flex-wrap items-center gap-2">
              {link.revokedAt ? (
                <span className="text-slate-500 line-through">
                  {label} ({t("revoked")})
                </span>
              ) : (
                <>
                  <span>{label}</span>
                  <Button variant="ghost" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => revoke(link.id)}>
                    {t("revoke")}
                  </Button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4" checked={withNames} onChange={(event) => setWithNames(event.target.checked)} />
          {t("withNames")}
        </label>
        <Button variant="secondary" disabled={pending} onClick={create}>
          {t("create")}
        </Button>
      </div>
    </section>
  );
}
