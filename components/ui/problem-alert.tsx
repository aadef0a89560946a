"use client";

import { useEffect, useRef } from "react";
import type { Problem } from "@/lib/client/send-json";
import { Alert } from "./alert";

/**
 * A request's problem as an alert, unless a field of the form already shows that message beside it
 * (`shownFields`): a missing stance read twice, once above the form and once at the field (walk of stop 31).
 * It takes the focus when it comes, or gives it to the first field marked invalid when a field says it (after a
 * refused action the focus had fallen to the page's top: re-walk of stop 41, walk of stop 43). `message` says it in
 * the form's own words (a conflict, say).
 */
export function ProblemAlert({ problem, shownFields = [], message }: { problem: Problem | null; shownFields?: string[]; message?: string }) {
  const ref = useRef<HTMLDivElement & HTMLSpanElement>(null);
  const atField = Boolean(problem && shownFields.some((field) => problem.fields[field] === problem.message));
  useEffect(() => {
    if (!problem) return;
    const target = atField ? ref.current?.closest("form")?.querySelector<HTMLElement>("[aria-invalid=true]") : ref.current;
    target?.focus();
    // Each problem is a new object per refusal: the focus moves again for the same message twice.
  }, [problem]);
  if (!problem) return null;
  if (atField) return <span ref={ref} hidden />;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      <Alert tone="error">{message ?? problem.message}</Alert>
    </div>
  );
}
