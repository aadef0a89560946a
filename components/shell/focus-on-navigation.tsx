"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

let shownPath: string | null = null;

/**
 * After a navigation inside the app, the focus goes to the new page's heading: it stayed on the header link followed,
 * nine tabs away from the page's first field, and on a phone fell to the page's body (walk of stop 46). A page that
 * puts the focus somewhere itself (a field, a notice) keeps it; the first page loaded is left as the browser has it.
 * While the page still streams in (its loading state has no heading), the main area holds the focus until the heading comes.
 */
export function FocusOnNavigation() {
  const pathname = usePathname();
  useEffect(() => {
    // Kept outside the component: from the not-found page to a page of the app the shell is drawn anew (another layout),
    // and a ref would take that navigation for the first load (re-walk of stop 46: the focus was left nowhere).
    const before = shownPath;
    shownPath = pathname;
    if (before === null || before === pathname) return;
    const main = document.getElementById("content");
    if (!main) return;
    const focusable = (element: HTMLElement) => {
      if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
      return element;
    };
    // The focus is still where the navigation left it (outside the page) or on the main area this put it on.
    const free = () => {
      const active = document.activeElement;
      return !active || active === document.body || active === main || !main.contains(active);
    };
    const toHeading = () => {
      const heading = main.querySelector<HTMLElement>("h1");
      if (heading && free()) focusable(heading).focus({ preventScroll: true });
      return Boolean(heading);
    };
    let observer: MutationObserver | null = null;
    const frame = requestAnimationFrame(() => {
      if (toHeading()) return;
      if (free()) focusable(main).focus({ preventScroll: true });
      observer = new MutationObserver(() => {
        if (toHeading() || !free()) observer?.disconnect();
      });
      observer.observe(main, { childList: true, subtree: true });
    });
    const stop = setTimeout(() => observer?.disconnect(), 10_000);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(stop);
      observer?.disconnect();
    };
  }, [pathname]);
  return null;
}
