import { getTranslations } from "next-intl/server";
import { Spinner } from "@/components/ui/spinner";

/**
 * The loading state of a page. Used only by pages that cannot be "not found": a loading.tsx makes Next
 * stream the answer (status 200) before the page runs, so a page that calls notFound() for an id
 * must have no loading boundary above it, or it would answer 200 instead of 404.
 */
export async function PageLoading() {
  const t = await getTranslations("common");
  return <Spinner label={t("loading")} />;
}
