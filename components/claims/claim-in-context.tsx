import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ClaimContext } from "@/lib/domain/article/claim-context";

/** The claim inside its paragraph, marked, with a way back to its place in the article. */
export async function ClaimInContext({ context, articleId, claimId, lang }: { context: ClaimContext | null; articleId: string; claimId: string; lang: string }) {
  const t = await getTranslations("claims.context");
  return (
    <figure className="space-y-2" data-testid="claim-context">
      <figcaption className="font-semibold">{t("title")}</figcaption>
      {context ? (
        <blockquote lang={lang} className="whitespace-pre-line break-words border-l-4 border-slate-300 pl-3 leading-relaxed text-slate-800">
          {context.clippedBefore && "… "}
          {context.before}
          <mark className="rounded-sm bg-amber-100 text-inherit underline decoration-amber-700 decoration-2 underline-offset-4">{context.claim}</mark>
          {context.after}
          {context.clippedAfter && " …"}
        </blockquote>
      ) : (
        <p className="text-sm text-slate-600">{t("unavailable")}</p>
      )}
      <Link className="inline-block text-sm font-medium text-blue-800 underline" href={`/articles/${articleId}#claim-${claimId}`}>
        {t("showInArticle")}
      </Link>
    </figure>
  );
}
