"use client";

import type { Problem } from "@/lib/client/send-json";
import { Alert } from "./alert";
import { useFocusAfter } from "./use-focus-after";

/**
 * A request's problem as an alert, unless a field of the form already shows that message beside it
 * (`shownFields`): a missing stance read twice, once above the form and once at the field (walk of stop 31).
 * It takes the focus when it comes: after a refused action the focus had fallen to the page's top (re-walk of
 * stop 41). `message` says it in the form's own words (a conflict, say).
 */
export function ProblemAlert({ problem, shownFields = [], message }: { problem: Problem | null; shownFields?: string[]; message?: string }) {
  const ref = useFocusAfter<HTMLDivElement>([problem]);
  if (!problem || shownFields.some((field) => problem.fields[field] === problem.message)) return null;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <Alert tone="error">{message ?? problem.message}</Alert>
    </div>
  );
}
