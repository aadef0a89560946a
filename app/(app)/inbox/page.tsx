import { pageTitle } from "@/lib/i18n/page-title";
import Link from "next/link";
import { shownTextLang } from "@/components/claims/claim-view";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OwnInvitations } from "@/components/invitations/own-invitations";
import { MarkInboxRead } from "@/components/review/mark-inbox-read";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { ColorBadge } from "@/components/ui/color-badge";
import { Notice } from "@/components/ui/notice";
import { levelLabel } from "@/lib/domain/rating/scale-presets";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listInbox } from "@/lib/server/comment/list-inbox";
import { listOwnInvitations } from "@/lib/server/member/list-own-invitations";

export const generateMetadata = pageTitle("pageTitles.inbox");

export default async function InboxPage() {
  const actor = await requirePageActor("/inbox");
  const [mentions, invitations] = await Promise.all([listInbox({ actor }), listOwnInvitations({ actor })]);
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <>
      <PageHeader title={t("title")} actions={mentions.some((mention) => !mention.readAt) ? <MarkInboxRead /> : undefined} />
      <OwnInvitations invitations={invitations} />
      {mentions.length === 0 ? (
        <Notice title={t("title")}>{t("empty")}</Notice>
      ) : (
        <ol className="space-y-3" data-testid="inbox">
          {mentions.map((mention) => (
            <li key={mention.id}>
              <Card className={mention.readAt ? "" : "border-blue-300"}>
                <p className="text-sm text-slate-600">
                  {/* A pause after "New", so it is not read as part of the name (re-walk of stop 45). */}
                  {!mention.readAt && (
                    <>
                      <Badge tone="blue">{t("unread")}</Badge>
                      <span className="sr-only">:</span>
                    </>
                  )}{" "}
                  {t("mentionedBy", { name: mention.comment.author.name })}{" "}
                  <Link lang={shownTextLang(mention.comment.claim, mention.comment.claim.article.language)} className="text-blue-800 underline" href={`/claims/${mention.comment.claim.id}`}>
                    {mention.comment.claim.normalizedText ?? mention.comment.claim.text}
                  </Link>{" "}
                  {mention.comment.claim.finalVerdicts.map(({ level }) => (
                    <ColorBadge key={level.key} color={level.color}>{levelLabel(level, locale)}</ColorBadge>
                  ))}{" "}
                  (<bdi lang={mention.comment.claim.article.language}>{mention.comment.claim.article.title}</bdi>) · {format.dateTime(mention.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <p className="mt-2 whitespace-pre-line text-sm">{mention.comment.text}</p>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
