"use client";

import type { FormEvent, ReactNode } from "react";
import { cleanSearchAddress } from "@/lib/domain/http/clean-search-address";

/** The search form: a plain GET form without JavaScript; with it, sent to the address without its empty fields. */
export function CleanGetForm({ className, children }: { className?: string; children: ReactNode }) {
  const send = (event: FormEvent<HTMLFormElement>) => {
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string") fields.append(name, value);
    const clean = cleanSearchAddress(fields);
    if (!clean) return;
    event.preventDefault();
    window.location.assign(clean);
  };
  return (
    <form method="get" action="/search" className={className} role="search" onSubmit={send}>
      {children}
    </form>
  );
}
