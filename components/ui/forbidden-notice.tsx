import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

/** What a page shows a role it does not serve: why, who can change it, and a way on. */
export async function ForbiddenNotice() {
  const t = await getTranslations("common");
  return (
    <Notice title={t("forbiddenTitle")}>
      <p>{t("forbiddenBody")}</p>
      <Link className="mt-4 inline-block text-blue-700 underline" href="/articles">
        {t("toArticles")}
      </Link>
    </Notice>
  );
}
