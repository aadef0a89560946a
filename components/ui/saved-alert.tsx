"use client";

import { Alert } from "./alert";
import { useFocusAfter } from "./use-focus-after";

/**
 * "Saved." after a settings-style form's submit, taking the focus as a refusal's alert does (walk of stop 45: saving an
 * outlet's rating dropped the focus to the page's top, so a keyboard or screen-reader user heard nothing).
 */
export function SavedAlert({ saved, text }: { saved: boolean; text: string }) {
  const ref = useFocusAfter<HTMLDivElement>([saved]);
  if (!saved) return null;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none" data-testid="saved-alert">
      <Alert tone="success">{text}</Alert>
    </div>
  );
}
