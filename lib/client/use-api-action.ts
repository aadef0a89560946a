"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { sendJson, type Problem } from "./send-json";

export type Method = "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Sends one change to the JSON API and, when it succeeds, refreshes the server-rendered page so every
 * panel shows the new state. A failure is kept as a Problem for the form to show; input is untouched.
 */
export function useApiAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const run = useCallback(
    async <T,>(url: string, method: Method, body?: unknown): Promise<T | null> => {
      setPending(true);
      const result = await sendJson<T>(url, method, body);
      setPending(false);
      if (!result.ok) {
        setProblem(result.problem);
        return null;
      }
      setProblem(null);
      router.refresh();
      return result.data;
    },
    [router],
  );

  return { run, pending, problem, setProblem };
}
