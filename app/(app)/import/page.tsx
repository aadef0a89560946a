import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { BulkImportForm, SingleImportForms } from "@/components/import/import-forms";
import { RecentImports } from "@/components/import/recent-imports";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listImportJobs } from "@/lib/server/import/import-jobs";

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
      <section aria-labelledby="recent-imports" className="mt-6">
        <h2 id="recent-imports" className="mb-2 text-lg font-semibold">
          {t("recent.title")}
        </h2>
        <RecentImports jobs={await listImportJobs({ actor })} />
      </section>
    </>
  );
}
