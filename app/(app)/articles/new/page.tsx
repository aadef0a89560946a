import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { env } from "@/lib/server/env";

export const generateMetadata = pageTitle("pageTitles.newArticle");

export default async function NewArticlePage() {
  const actor = await requirePageActor("/articles/new");
  const t = await getTranslations("newArticle");
  if (!can(actor.role, "article.create")) return <ForbiddenNotice />;
  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
        <NewArticleForm maxBodyBytes={env().FACTDESK_MAX_BODY_BYTES} />
      </Card>
    </>
  );
}
