import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { ApiTokenTable } from "@/components/api-tokens/api-token-table";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { Card, PageHeader } from "@/components/ui/card";
import { ForbiddenNotice } from "@/components/ui/forbidden-notice";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/domain/permissions";
import { listApiTokens } from "@/lib/server/api-token/list-api-tokens";
import { requirePageActor } from "@/lib/server/auth/current-actor";

export const generateMetadata = pageTitle("pageTitles.apiTokens");

export default async function ApiTokensPage() {
  const actor = await requirePageActor("/api-tokens");
  if (!can(actor.role, "api-token.manage")) return <ForbiddenNotice />;
  const t = await getTranslations("apiTokens");
  const tokens = await listApiTokens({ actor });
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-6 text-sm text-slate-600">{t("intro")}</p>
      <div className="space-y-6">
        <Card>
          <CreateApiTokenForm activeIds={tokens.filter((token) => !token.revokedAt).map((token) => token.id)} />
        </Card>
        {tokens.length === 0 ? <Notice title={t("empty")} /> : <ApiTokenTable tokens={tokens} />}
      </div>
    </>
  );
}
