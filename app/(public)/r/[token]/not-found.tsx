import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

// A public link that leads nowhere was most often revoked by its publisher: its reader is told so, not only to look for
// a typo (walk of stop 36). Which of the two it was is not said: that would confirm the address once existed.
export default async function PublicReportNotFound() {
  const t = await getTranslations("publicReport");
  return (
    <main className="mx-auto max-w-xl p-6">
      <Notice title={t("linkGoneTitle")}>
        <p>{t("linkGoneBody")}</p>
      </Notice>
    </main>
  );
}
