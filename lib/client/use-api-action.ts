"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { sendJson, type Problem } from "./send-json";

export type Method = "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Sends one change to the JSON API and, when it succeeds, refreshes the server-rendered page so every
 * panel shows the new state. A failure is kept as a Problem for the form to show; input is untouched.
 * `pending` lasts until the refreshed page is on screen: the write takes milliseconds, the claim page's
 * new render a second or more, and buttons that woke up before it showed the old state (walk of stop 36:
 * "Assigned to: Nobody" for 1.9 s after "Assign to me", inviting a second click).
 */
export function useApiAction() {
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);

  const run = useCallback(
    async <T,>(url: string, method: Method, body?: unknown): Promise<T | null> => {
      setSending(true);
      const result = await sendJson<T>(url, method, body);
      setSending(false);
      if (!result.ok) {
        setProblem(result.problem);
        // A conflict: someone changed it meanwhile. The page reloads what the server holds now, as its message says
        // (re-walk of stop 41: "the page now shows the current state" while it still showed the old one).
        if (result.problem.status === 409) startRefresh(() => router.refresh());
        return null;
      }
      setProblem(null);
      startRefresh(() => router.refresh());
      return result.data;
    },
    [router],
  );

  return { run, pending: sending || refreshing, problem, setProblem };
}
