"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { subscribeToChanges } from "@/lib/client/change-events";

/**
 * The inbox link's count of unread mentions. The server renders the first count (and a fresh one on
 * every refresh, e.g. after "mark all as read"); a new or changed comment anywhere in
 * the team makes it ask again, so a mention shows up without reloading.
 */
export function UnreadMentions({ initialCount, countedAt }: { initialCount: number; countedAt: number }) {
  const t = useTranslations("nav");
  const [count, setCount] = useState(initialCount);
  // Every server render (a refresh after "mark all as read", say) brings a fresh count, even an unchanged
  // one: the live count may have moved on since the last render, so the time of counting is the key.
  useEffect(() => setCount(initialCount), [initialCount, countedAt]);
  useEffect(() => {
    let asking: AbortController | null = null;
    return subscribeToChanges((change) => {
      if (!change.action.startsWith("comment.")) return;
      asking?.abort();
      asking = new AbortController();
      fetch("/api/v1/me/inbox/unread", { signal: asking.signal, cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ data: { count: number } }>) : null))
        .then((body) => body && setCount(body.data.count))
        .catch(() => {});
    });
  }, []);
  if (count === 0) return null;
  return (
    <>
      <span aria-hidden data-testid="unread-mentions" className="ml-1.5 inline-block min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs font-semibold leading-5 text-white">
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only">{t("unreadMentions", { count })}</span>
    </>
  );
}
