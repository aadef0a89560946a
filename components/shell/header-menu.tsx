"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * On a phone the navigation and the account controls fold behind one "Menu" button, so the header is one row
 * (walks of stops 34 and 35: an admin's header took four rows, 213 px, before any content). From 768 px on
 * they are always shown. A red badge with their number on the button says there are unread mentions behind it.
 */
export function HeaderMenu({ label, closeLabel, unread, children }: { label: string; closeLabel: string; unread: { count: number; label: string } | null; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // Following a link closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  // So does Escape, with the focus back on the button (walk of stop 40: the menu stayed open).
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="ml-auto inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 md:hidden"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpen((value) => !value)}
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 fill-current">
          {open ? <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z" /> : <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Z" />}
        </svg>
        {open ? closeLabel : label}
        {/* The number is seen, its words are heard (walk of stop 45: a screen reader said only "Menu"; walk of stop 47:
            a bare red dot meant nothing to the eye), as on the inbox link behind it. */}
        {unread && !open && (
          <>
            <span aria-hidden className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white">
              {unread.count}
            </span>
            <span className="sr-only">{unread.label}</span>
          </>
        )}
      </button>
      <div id="header-menu" className={cn("w-full flex-wrap items-center gap-x-4 gap-y-2 md:flex md:w-auto md:flex-1", open ? "flex flex-col items-start" : "hidden")}>
        {children}
      </div>
    </>
  );
}
