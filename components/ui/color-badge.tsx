import type { ReactNode } from "react";
import { readableTextColor } from "@/lib/domain/rating/readable-text-color";
import { cn } from "./cn";

/** A label on a team-chosen colour (rating levels), with text in whichever of white or black reads. */
export function ColorBadge({ color, className, children }: { color: string; className?: string; children: ReactNode }) {
  return (
    <span className={cn("inline-flex max-w-full items-center rounded px-2 py-0.5 text-xs font-semibold wrap-anywhere", className)} style={{ backgroundColor: color, color: readableTextColor(color) }}>
      {children}
    </span>
  );
}
