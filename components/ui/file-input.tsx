"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";
import { cn } from "./cn";

/**
 * A file field that speaks the page's language: the browser's own button says "Choose File / No file
 * chosen" in the browser's language, on a German page too (walk of stop 32). The input stays in the
 * page, visually hidden but focusable and labelled by its Field (the keyboard and screen readers use it);
 * the visible button only opens it for the mouse, and is hidden from assistive technology.
 */
export function FileInput({ id, invalid = false, className, onChange, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { id: string; invalid?: boolean }) {
  const t = useTranslations("common");
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  // A form reset (after a successful upload) empties the input: the name shown goes with it.
  useEffect(() => {
    const form = input.current?.form;
    const clear = () => setChosen(null);
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);
  return (
    <div className={cn("flex flex-wrap items-center gap-x-3 gap-y-1 text-sm", className)}>
      <input
        ref={input}
        id={id}
        type="file"
        className="peer sr-only"
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          setChosen(event.target.files?.[0]?.name ?? null);
          onChange?.(event);
        }}
        {...props}
      />
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        onClick={() => input.current?.click()}
        className={cn(
          "cursor-pointer rounded-md border bg-white px-3 py-1.5 font-medium text-slate-800 shadow-sm hover:bg-slate-50",
          "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-700",
          invalid ? "border-red-500" : "border-slate-300",
        )}
      >
        {t("chooseFile")}
      </button>
      <span className="min-w-0 text-slate-700 [overflow-wrap:anywhere]">{chosen ?? t("noFileChosen")}</span>
    </div>
  );
}
