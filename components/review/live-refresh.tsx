"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { subscribeToChanges } from "@/lib/client/change-events";

/**
 * Keeps a page current: listens to the team's change events for one article or claim and
 * re-renders the page (server data only; open forms keep their input) shortly after a change.
 */
export function LiveRefresh({ articleId, claimId }: { articleId?: string; claimId?: string }) {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribeToChanges((change) => {
      if (articleId && change.articleId !== articleId) return;
      if (claimId && change.claimId !== claimId) return;
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [articleId, claimId, router]);
  return null;
}
