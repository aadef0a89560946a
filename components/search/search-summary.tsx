"use client";

import type { ReactNode } from "react";
import { useFocusAfter } from "@/components/ui/use-focus-after";

/**
 * What the result list is ("12 results, newest first"), taking the focus when a search was sent: the form reloads the
 * page, and the focus had gone to its top, a header's worth of tabs from the results (re-walk of stop 46). The first
 * look at the page (no search words or filters) leaves the focus where the browser puts it.
 */
export function SearchSummary({ focus, children }: { focus: boolean; children: ReactNode }) {
  const ref = useFocusAfter<HTMLHeadingElement>([focus]);
  return (
    <h2 ref={ref} tabIndex={-1} className="mt-6 text-sm font-medium text-slate-700 outline-none" data-testid="search-summary">
      {children}
    </h2>
  );
}
