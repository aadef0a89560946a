"use client";

import type { ReactNode } from "react";
import { useFocusAfter } from "./use-focus-after";

const BLOCK = "mb-2 mt-3 rounded border border-green-200 bg-green-50 p-2 text-sm text-green-900 [overflow-wrap:anywhere]";
const INLINE = "rounded bg-green-50 px-2 py-0.5 text-xs text-green-900";

/**
 * A sentence saying what an action did, where the action's controls were: always in the page (a live region is only
 * read when it was there before its text), hidden while empty, and given the focus with each new notice unless it says
 * `keepFocus` (the control acted with is still there, and the person may go on with it). `children` follow the sentence
 * (an undo button).
 */
export function LiveNotice({ notice, testId, children, inline = false }: { notice: { text: string; keepFocus?: boolean } | null; testId?: string; children?: ReactNode; inline?: boolean }) {
  const ref = useFocusAfter<HTMLParagraphElement & HTMLSpanElement>([notice?.keepFocus ? null : notice]);
  // `inline`: a short sentence inside a line of controls (a span, where a paragraph may not stand).
  const Tag = inline ? "span" : "p";
  return (
    <Tag ref={ref} tabIndex={-1} role="status" data-testid={testId} className={notice ? (inline ? INLINE : BLOCK) : "sr-only"}>
      {notice?.text}
      {children}
    </Tag>
  );
}
