"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";

interface Link {
  id: string;
  token: string;
  showReviewerNames: boolean;
  revokedAt: string | Date | null;
}

/** Public links to the article's report: create (optionally with reviewer names) and revoke. */
export function ShareLinks({ articleId, links }: { articleId: string; links: Link[] }) {
  const t = useTranslations("share");
  const { run, pending, problem } = useApiAction();
  const [withNames, setWithNames] = useState(false);
  return (
    <section className="mt-3 border-t border-slate-200 pt-3 text-sm" data-testid="share-links">
      <h3 className="font-semibold">{t("title")}</h3>
      {problem && <Alert tone="error">{problem.message}</Alert>}
      {links.length === 0 && <p className="text-slate-600">{t("none")}</p>}
      <ul className="mt-1 space-y-1">
        {links.map((link) => (
          <li key={link.id} className="flex flex-wrap items-center gap-2">
            {link.revokedAt ? (
              <span className="text-slate-500 line-through">/r/{link.token.slice(0, 8)}… ({t("revoked")})</span>
            ) : (
              <>
                <a className="text-blue-800 underline" href={`/r/${link.token}`} target="_blank" rel="noopener">
                  /r/{link.token.slice(0, 8)}…
                </a>
                <Button variant="ghost" className="px-2 py-0.5 text-xs" disabled={pending} onClick={() => run(`/api/v1/share-links/${link.id}`, "DELETE")}>
                  {t("revoke")}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4" checked={withNames} onChange={(event) => setWithNames(event.target.checked)} />
          {t("withNames")}
        </label>
        <Button variant="secondary" disabled={pending} onClick={() => run(`/api/v1/articles/${articleId}/share-links`, "POST", { showReviewerNames: withNames })}>
          {t("create")}
        </Button>
      </div>
    </section>
  );
}
