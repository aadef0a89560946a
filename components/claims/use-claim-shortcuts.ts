"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

interface Shortcuts {
  /** Claim ids in list order. */
  order: string[];
  selected: string | null;
  select: (id: string) => void;
  toggle?: (id: string) => void;
  assignToMe?: (id: string) => void;
}

/**
 * j / k: next / previous claim · o or Enter: open it · a: assign to me · x: tick for bulk actions.
 * Ignored while typing in a field, so they never eat text.
 */
export function useClaimShortcuts({ order, selected, select, toggle, assignToMe }: Shortcuts) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const index = selected ? order.indexOf(selected) : -1;
      const move = (step: number) => {
        const next = order[Math.min(order.length - 1, Math.max(0, index + step))];
        if (next) select(next);
      };
      const handlers: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(index === -1 ? 1 : -1),
        o: () => selected && router.push(`/claims/${selected}`),
        a: () => selected && assignToMe?.(selected),
        x: () => selected && toggle?.(selected),
      };
      // Enter opens the selected claim, also from its own card's button (where j/k leave the focus); on any other button or link it does what that one does.
      const enterOpens = target?.matches("[data-claim-select][aria-pressed=true]") || (target?.tagName !== "BUTTON" && target?.tagName !== "A");
      const handler = handlers[event.key] ?? (event.key === "Enter" && enterOpens ? handlers.o : undefined);
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [order, selected, select, toggle, assignToMe, router]);
}
