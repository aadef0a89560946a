import type { Actor } from "@/lib/server/auth/actor";
import { isUuid } from "@/lib/validations/id";
import { listActivityPage } from "./list-activity";

/**
 * The page of a claim's or article's history a page shows: `?history=<entry id>` starts below that
 * entry. A cursor that is not one of this history's entries (stale, edited by hand) shows the newest
 * entries instead of an error page, since the rest of the page is still worth reading.
 */
export async function historyPage({ actor, claimId, articleId, cursor }: { actor: Actor; claimId?: string; articleId?: string; cursor: string | string[] | undefined }) {
  const after = typeof cursor === "string" && isUuid(cursor) ? cursor : undefined;
  const page = await listActivityPage({ actor, claimId, articleId, input: { after } }).catch((error) => {
    if (!after) throw error;
    return listActivityPage({ actor, claimId, articleId });
  });
  return { ...page, paged: Boolean(after) && page.data.length > 0 };
}
