import Link from "next/link";
import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { JoinWithLinkForm } from "@/components/auth/join-with-link-form";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { describeInvitation } from "@/lib/server/member/describe-invitation";

export const generateMetadata = pageTitle("pageTitles.invite");

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const invitation = await describeInvitation(token);
  if (!invitation) {
    return (
      <Card>
        <Alert tone="error">{t("invalid")}</Alert>
        {/* A way on (walk of stop 39: the page was a dead end). */}
        <Link className="mt-4 inline-block text-blue-800 underline" href="/sign-in">
          {t("toSignIn")}
        </Link>
      </Card>
    );
  }
  // Signed in as the invited account: it joins here (an account whose address was never confirmed joins no other way).
  const actor = await getCurrentActor();
  if (actor?.kind === "user" && actor.userId === invitation.userId) {
    return (
      <Card>
        <h1 className="text-2xl font-semibold">{t("title", { team: invitation.team })}</h1>
        <p className="mb-6 mt-1 text-sm text-slate-600">{t("signedInIntro", { name: invitation.name, email: invitation.email })}</p>
        <JoinWithLinkForm token={token} team={invitation.team} />
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("title", { team: invitation.team })}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">
        {t("intro", { name: invitation.name, email: invitation.email })}
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} />
      <p className="mt-6 text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link className="text-blue-800 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
          {t("signInToAccept")}
        </Link>
      </p>
    </Card>
  );
}
