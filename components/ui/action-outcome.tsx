"use client";

import { ActionAlert } from "./action-alert";
import { Alert } from "./alert";
import { useFocusAfter } from "./use-focus-after";

/**
 * What a row action did, above its table, with the focus on it: a revoked token's or invitation's button is gone
 * once it worked, and the focus fell to the page's top (walk of stop 43). The refusal, or `success` when it worked.
 */
export function ActionOutcome({ state, success }: { state: { ok: boolean; message?: string; fieldErrors?: Record<string, string> } | null; success: string }) {
  const ref = useFocusAfter<HTMLDivElement>([state]);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      {state?.ok ? <Alert tone="success">{success}</Alert> : <ActionAlert state={state} />}
    </div>
  );
}
