"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * Asks before leaving a page whose text boxes hold typed, unsent text: an article's text, a rationale, a comment.
 * Leaving by a link, a reload or closing the tab threw such text away without a word (walk of stop 40). Text counts
 * from the first keystroke until its form is sent; text boxes only, so a typed search or title is not asked about.
 */
export function LeaveGuard() {
  const t = useTranslations("common");
  // The question in a ref, so that the listeners (and what they know was typed) live as long as the page: a live
  // refresh of the page may hand a new translation function, which must not start the count again.
  const question = useRef("");
  question.current = t("leaveUnsent");
  useEffect(() => {
    const typed = new Set<HTMLTextAreaElement>();
    const unsent = () => [...typed].some((field) => field.isConnected && field.value.trim() !== "");
    const onInput = (event: Event) => {
      if (event.target instanceof HTMLTextAreaElement) typed.add(event.target);
    };
    const onSubmit = (event: Event) => {
      for (const field of typed) if (event.target instanceof HTMLFormElement && event.target.contains(field)) typed.delete(field);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsent()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    // In the capture phase, before the link's own handler (Next.js navigates in the page without an unload).
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (link.target === "_blank" || link.hasAttribute("download") || new URL(link.href, location.href).pathname === location.pathname) return;
      if (!unsent() || window.confirm(question.current)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    // Text typed before the page was ready (a slow phone, a busy server) had no listener to see it: a text box whose
    // text is not the one it came with counts as typed too.
    for (const field of document.querySelectorAll("textarea")) if (field.value !== field.defaultValue) typed.add(field);
    document.addEventListener("input", onInput, true);
    document.addEventListener("submit", onSubmit, true);
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    // Says the guard listens, for a browser test that must not type before it does.
    document.documentElement.dataset.leaveGuard = "ready";
    return () => {
      delete document.documentElement.dataset.leaveGuard;
      document.removeEventListener("input", onInput, true);
      document.removeEventListener("submit", onSubmit, true);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, []);
  return null;
}
