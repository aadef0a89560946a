import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { PublisherForm } from "@/components/settings/publisher-form";
import { ClaimReviewFeedPanel } from "@/components/settings/claim-review-feed-panel";
import { KnownCheckImportPanel, type KnownCheckImportView } from "@/components/settings/known-check-import-panel";
import { ClaimModelPanel } from "@/components/settings/claim-model-panel";
import { RatingScalePanel } from "@/components/settings/rating-scale-panel";
import { TeamSettingsForm } from "@/components/settings/team-settings-form";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { Card, PageHeader } from "@/components/ui/card";
import type { KnownCheckProblem } from "@/lib/domain/known-checks/read-claim-reviews";
import { can } from "@/lib/domain/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { localizeSentences } from "@/lib/i18n/server-messages";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getTeamClaimModel } from "@/lib/server/claim-model/get-team-claim-model";
import { getRatingScale } from "@/lib/server/rating-scale/get-rating-scale";
import { getPublicFeedStatus } from "@/lib/server/feed/public-claim-review-feed";
import { countKnownFactChecks, listKnownCheckImports, UNNAMED_UPLOAD } from "@/lib/server/known-check/import-known-checks";
import { getTeamSettings } from "@/lib/server/team/team-settings";
import { listWebhooks } from "@/lib/server/webhook/manage-webhooks";

export const generateMetadata = pageTitle("pageTitles.settings");

export default async function SettingsPage() {
  const actor = await requirePageActor("/settings");
  const [settings, scale, claimModel, feed, knownCount, knownImports] = await Promise.all([
    getTeamSettings({ actor }),
    getRatingScale({ actor }),
    getTeamClaimModel({ actor }),
    getPublicFeedStatus({ actor }),
    countKnownFactChecks({ actor }),
    listKnownCheckImports({ actor }),
  ]);
  const t = await getTranslations("settings");
  const tWebhooks = await getTranslations("webhooks");
  const webhooks = can(actor.role, "team.manage") ? await listWebhooks({ actor }) : null;
  const locale = (await getLocale()) as Locale;
  // The problems of each import, stored in English as the worker wrote them, read in the page's language.
  const imports: KnownCheckImportView[] = knownImports.map((item) => ({
    ...item,
    origin: item.origin === UNNAMED_UPLOAD ? t("knownChecks.unnamedUpload") : item.origin,
    problems: problemList(item.errors).map((problem) => ({ ...problem, message: localizeSentences(problem.message, locale) })),
  }));
  return (
    <>
      <PageHeader title={t("title")} />
      {/* The forms keep their state across the refresh a save makes: keyed by the settings, they were made anew by it and
          "Settings saved." vanished with the focus (re-walk of stop 44); their fields hold what was saved already. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 font-semibold">{t("review")}</h2>
          <TeamSettingsForm settings={settings} canEdit={can(actor.role, "team.manage")} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("scale")}</h2>
          <RatingScalePanel scale={scale} canEdit={can(actor.role, "scale.manage")} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("publisher")}</h2>
          <PublisherForm publisher={settings} canEdit={can(actor.role, "team.manage")} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("claimModel.title")}</h2>
          <ClaimModelPanel summary={claimModel} canReset={can(actor.role, "claim-model.reset")} />
        </Card>
        {webhooks && (
          <Card className="lg:col-span-2">
            <h2 className="mb-1 font-semibold">{tWebhooks("title")}</h2>
            <p className="mb-4 text-sm text-slate-600">{tWebhooks("intro")}</p>
            <div className="grid gap-6 lg:grid-cols-2">
              <WebhookList webhooks={webhooks} />
              <WebhookForm webhookIds={webhooks.map((webhook) => webhook.id)} />
            </div>
          </Card>
        )}
        <Card>
          <h2 className="mb-3 font-semibold">{t("feedTitle")}</h2>
          <ClaimReviewFeedPanel status={feed} canManage={can(actor.role, "team.manage")} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{t("knownChecks.title")}</h2>
          <KnownCheckImportPanel count={knownCount} imports={imports} canImport={can(actor.role, "known-check.import")} />
        </Card>
      </div>
    </>
  );
}

const PLACES = new Set(["line", "block", "review"]);

/** The stored problems of an import (JSON the worker wrote; anything else is left out). */
function problemList(errors: unknown): KnownCheckProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (error): error is KnownCheckProblem => typeof error?.item === "number" && PLACES.has(error?.where) && typeof error?.message === "string",
  );
}
