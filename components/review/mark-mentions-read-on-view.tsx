"use client";

import { useEffect, useRef } from "react";
import { useApiAction } from "@/lib/client/use-api-action";

/**
 * Marks the reader's mentions on this claim as read once the page is on their screen (not while it is rendered
 * on the server, where a prefetch would count as reading), so the inbox badge and "New" follow what they opened.
 */
export function MarkMentionsReadOnView({ ids }: { ids: string[] }) {
  const { run } = useApiAction();
  // A mention that arrives while the page is open (live refresh) is on screen too: each id is sent once.
  const sent = useRef(new Set<string>());
  useEffect(() => {
    const fresh = ids.filter((id) => !sent.current.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) sent.current.add(id);
    void run("/api/v1/me/inbox/read", "POST", { ids: fresh });
  }, [ids, run]);
  return null;
}
