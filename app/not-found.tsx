import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { SignedInFrame } from "@/components/shell/signed-in-frame";
import { getCurrentActor } from "@/lib/server/auth/current-actor";

// A signed-out reader (a public fact-check link, a guessed address) learns only that nothing is
// here: "it belongs to another team" would confirm that the address exists. Signed-in members get
// the hint, which names no team and nothing of it.
export default async function NotFound() {
  const t = await getTranslations("common");
  const signedIn = Boolean(await getCurrentActor().catch(() => null));
  const notice = (
    <Notice title={t("notFoundTitle")}>
      <p>{signedIn ? t("notFoundBody") : t("notFoundPublicBody")}</p>
      <Link className="mt-4 inline-block text-blue-700 underline" href={signedIn ? "/articles" : "/"}>
        {signedIn ? t("back") : t("toStartPage")}
      </Link>
    </Notice>
  );
  // A member keeps the app's header and navigation; anyone else gets the page alone.
  return signedIn ? <SignedInFrame>{notice}</SignedInFrame> : <main className="mx-auto max-w-xl p-6">{notice}</main>;
}
