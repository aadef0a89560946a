import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-slate-100 text-slate-800",
  blue: "bg-blue-100 text-blue-900",
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
} as const;

// A label of the team's or an article's words may be one long word: it breaks anywhere rather than widen the page (a
// phone's article page grew to 618 px with "break-word"). `nowrap` keeps a short word of the app's own whole, where a
// table would squeeze it ("Deaktivier / t": walk of stop 46).
export function Badge({ tone = "neutral", nowrap = false, children }: { tone?: keyof typeof TONES; nowrap?: boolean; children: ReactNode }) {
  return <span className={cn("inline-flex max-w-full rounded px-2 py-0.5 text-xs font-medium", nowrap ? "whitespace-nowrap" : "wrap-anywhere", TONES[tone])}>{children}</span>;
}
