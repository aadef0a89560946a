import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-slate-100 text-slate-800",
  blue: "bg-blue-100 text-blue-900",
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
} as const;

// A long label still breaks where it would overflow, but a status word is no narrower than itself (with "anywhere" a
// table squeezed "Deaktiviert" into "Deaktivier / t": walk of stop 46).
export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return <span className={cn("inline-flex max-w-full rounded px-2 py-0.5 text-xs font-medium wrap-break-word", TONES[tone])}>{children}</span>;
}
