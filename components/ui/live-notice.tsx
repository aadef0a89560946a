"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFocusAfter } from "./use-focus-after";

// A newer notice anywhere on the page quiets the older ones: "Your verdict is saved." still stood beside "Assigned to
// you." two actions later (walk of stop 44), and a screen reader's live regions held both.
const NEWER_NOTICE = "factdesk:notice";

const BLOCK = "mb-2 mt-3 rounded border border-green-200 bg-green-50 p-2 text-sm text-green-900 [overflow-wrap:anywhere]";
const INLINE = "rounded bg-green-50 px-2 py-0.5 text-xs text-green-900";

/**
 * A sentence saying what an action did, where the action's controls were: always in the page (a live region is only
 * read when it was there before its text), hidden while empty, and given the focus with each new notice unless it says
 * `keepFocus` (the control acted with is still there, and the person may go on with it). `children` follow the sentence
 * (an undo button).
 */
export function LiveNotice({ notice: given, testId, children, inline = false }: { notice: { text: string; keepFocus?: boolean } | null; testId?: string; children?: ReactNode; inline?: boolean }) {
  const id = useId();
  const [quieted, setQuieted] = useState<typeof given>(null);
  const shownAt = useRef(0);
  useEffect(() => {
    if (!given) return;
    shownAt.current = performance.now();
    window.dispatchEvent(new CustomEvent(NEWER_NOTICE, { detail: { id, at: shownAt.current } }));
  }, [given, id]);
  useEffect(() => {
    const quiet = (event: Event) => {
      const newer = (event as CustomEvent<{ id: string; at: number }>).detail;
      if (given && newer.id !== id && newer.at > shownAt.current) setQuieted(() => given);
    };
    window.addEventListener(NEWER_NOTICE, quiet);
    return () => window.removeEventListener(NEWER_NOTICE, quiet);
  }, [given, id]);
  // Quieted until the parent says something new.
  const notice = given && given !== quieted ? given : null;
  const ref = useFocusAfter<HTMLParagraphElement & HTMLSpanElement>([notice?.keepFocus ? null : notice]);
  // `inline`: a short sentence inside a line of controls (a span, where a paragraph may not stand).
  const Tag = inline ? "span" : "p";
  return (
    <Tag ref={ref} tabIndex={-1} role="status" data-testid={testId} className={notice ? (inline ? INLINE : BLOCK) : "sr-only"}>
      {notice?.text}
      {notice && children}
    </Tag>
  );
}
