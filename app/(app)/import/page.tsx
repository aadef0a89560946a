import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkImportForm, SingleImportForms, type JobView } from "@/components/import/import-forms";
import { RecentImports } from "@/components/import/recent-imports";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { can } from "@/lib/domain/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getImportJob, listImportJobs } from "@/lib/server/import/import-jobs";
import type { Locale } from "@/lib/i18n/locales";
import { localizeSentences } from "@/lib/i18n/server-messages";

export const generateMetadata = pageTitle("pageTitles.import");

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ job?: string | string[] }> }) {
  const actor = await requirePageActor("/import");
  const t = await getTranslations("import");
  if (!can(actor.role, "article.create")) return <ForbiddenNotice />;
  // "Report" on a recent import opens its line-by-line report in the bulk form (walk of stop 46: the rows led nowhere).
  const { job } = await searchParams;
  const shown = typeof job === "string" ? await getImportJob({ actor, id: job }).catch(() => null) : null;
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <SingleImportForms />
        </Card>
        <Card>
          <BulkImportForm key={shown?.id} initialJob={shown && { ...shown, imported: shown.imported as unknown as JobView["imported"], errors: (shown.errors as unknown as JobView["errors"]).map((entry) => ({ ...entry, message: localizeSentences(entry.message, locale) })) }} />
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
