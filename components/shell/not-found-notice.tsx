import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

// A signed-out reader (a public fact-check link, a guessed address) learns only that nothing is
// here: "it belongs to another team" would confirm that the address exists. Signed-in members get
// the hint, which names no team and nothing of it.
export async function NotFoundNotice({ signedIn }: { signedIn: boolean }) {
  const t = await getTranslations("common");
  return (
    // The page's heading (walk of stop 46: an h2 under none), and a way on that says where it goes ("Back" led to the articles).
    <Notice title={t("notFoundTitle")} page>
      <p>{signedIn ? t("notFoundBody") : t("notFoundPublicBody")}</p>
      <Link className="mt-4 inline-block text-blue-700 underline" href={signedIn ? "/articles" : "/"}>
        {signedIn ? t("toArticles") : t("toStartPage")}
      </Link>
    </Notice>
  );
}
