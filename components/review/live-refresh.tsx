"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps a page current: listens to the server's change events for one article or claim and
 * re-renders the page (server data only; open forms keep their input) shortly after a change.
 */
export function LiveRefresh({ articleId, claimId }: { articleId?: string; claimId?: string }) {
  const router = useRouter();
  useEffect(() => {
    const query = new URLSearchParams({ ...(articleId && { articleId }), ...(claimId && { claimId }) });
    const source = new EventSource(`/api/v1/events?${query}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("change", () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [articleId, claimId, router]);
  return null;
}
