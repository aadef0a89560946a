import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="mx-auto max-w-xl p-6">
      <Notice title={t("notFoundTitle")}>
        <p>{t("notFoundBody")}</p>
        <Link className="mt-4 inline-block text-blue-700 underline" href="/articles">
          {t("back")}
        </Link>
      </Notice>
    </main>
  );
}
