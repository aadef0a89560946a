"use client";

import { useEffect, useRef } from "react";

/**
 * A ref whose element takes the focus each time one of `outcomes` becomes a new, non-empty value: after an action the
 * button it was on is disabled or gone, and the focus fell to the page's top (walks of stops 40 and 41). `inside` picks
 * an element within it instead (the new public link's Copy button).
 */
export function useFocusAfter<T extends HTMLElement>(outcomes: unknown[], inside?: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!outcomes.some(Boolean)) return;
    const target = inside ? ref.current?.querySelector<HTMLElement>(inside) : ref.current;
    target?.focus();
    // Each outcome is a new object per action: the effect runs again for the same sentence said twice.
  }, outcomes);
  return ref;
}
