import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { BulkImportForm, SingleImportForms } from "@/components/import/import-forms";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";

export const generateMetadata = pageTitle("pageTitles.import");

export default async function ImportPage() {
  const actor = await requirePageActor("/import");
  const t = await getTranslations("import");
  if (!can(actor.role, "article.create")) return <ForbiddenNotice />;
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <SingleImportForms />
        </Card>
        <Card>
          <BulkImportForm />
        </Card>
      </div>
    </>
  );
}
