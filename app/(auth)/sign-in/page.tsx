import { pageTitle } from "@/lib/i18n/page-title";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { oidcEnabled } from "@/lib/server/auth/oidc-provider";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { sameOriginPath } from "@/lib/domain/http/same-origin-path";
import { env } from "@/lib/server/env";

export const generateMetadata = pageTitle("pageTitles.signIn");

interface Props {
  searchParams: Promise<{ callbackUrl?: string; error?: string; joined?: string; signedOut?: string; email?: string | string[] }>;
}

// Only paths on our own origin, judged after URL parsing: an open redirect after sign-in would help phishing.
const safePath = (value?: string) => sameOriginPath(value, process.env.NEXTAUTH_URL ?? "http://localhost", "/articles");

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error, joined, signedOut, email } = await searchParams;
  if (await getCurrentActor()) redirect(safePath(callbackUrl));
  const t = await getTranslations("signIn");
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      {/* Arrived from an accepted invitation. */}
      {joined === "1" && (
        <div className="mb-4">
          <Alert tone="success">{t("joined")}</Alert>
        </div>
      )}
      {/* Why the sign-in page is here (walk of stop 43: after signing out, or following a link, it said nothing). */}
      {joined !== "1" && (signedOut === "1" || (callbackUrl && safePath(callbackUrl) !== "/articles")) && (
        <div className="mb-4">
          <Alert tone="info">{signedOut === "1" ? t("signedOut") : t("signInToContinue")}</Alert>
        </div>
      )}
      <SignInForm
        callbackUrl={safePath(callbackUrl)}
        initialError={error && error !== "undefined" ? error : undefined}
        sso={oidcEnabled() ? env().OIDC_NAME : null}
        // Filled in after an accepted invitation; only a value an address field could hold.
        email={typeof email === "string" && email.length <= 254 ? email : undefined}
      />
    </Card>
  );
}
