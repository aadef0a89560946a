"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "./button";

/** Copies `value` to the clipboard and says so for a few seconds (also to screen readers). */
export function CopyButton({ value, label, testId }: { value: string; label?: string; testId?: string }) {
  const t = useTranslations("common");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // The clipboard API needs a secure context (https or localhost); elsewhere the old way still works.
      setState(copyBySelection(value) ? "copied" : "failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" className="min-h-8 px-3 py-1 text-xs" onClick={copy} data-testid={testId}>
        {label ?? t("copy")}
      </Button>
      <span role="status" className="text-xs font-medium text-green-800">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}

function copyBySelection(value: string): boolean {
  const area = document.createElement("textarea");
  area.value = value;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
