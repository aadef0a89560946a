import type { Problem } from "@/lib/client/send-json";
import { Alert } from "./alert";

/**
 * A request's problem as an alert, unless a field of the form already shows that message beside it
 * (`shownFields`): a missing stance read twice, once above the form and once at the field (walk of stop 31).
 */
export function ProblemAlert({ problem, shownFields = [] }: { problem: Problem | null; shownFields?: string[] }) {
  if (!problem || shownFields.some((field) => problem.fields[field] === problem.message)) return null;
  return <Alert tone="error">{problem.message}</Alert>;
}
