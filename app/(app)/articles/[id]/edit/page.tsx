import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { EditArticleForm } from "@/components/articles/edit-article-form";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { can } from "@/lib/domain/permissions";
import { getArticle } from "@/lib/server/article/get-article";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const generateMetadata = pageTitle("pageTitles.editArticle");

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/edit`);
  const t = await getTranslations("editArticle");
  if (!can(actor.role, "article.edit")) return <ForbiddenNotice />;
  const article = await orNotFound(getArticle({ actor, id }));
  return (
    <>
      <PageHeader title={t("title")} />
      <Card>
        <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
        <EditArticleForm article={{ id: article.id, version: article.version, title: article.title, body: article.body }} />
      </Card>
    </>
  );
}
