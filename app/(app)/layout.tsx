import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SignedInFrame } from "@/components/shell/signed-in-frame";

// The team's workspace is never indexed, whatever a crawler makes of robots.txt.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Each page checks the actor itself (and redirects with its own path to come back to); the layout
// only decides whether there is a shell to draw.
export default function AppLayout({ children }: { children: ReactNode }) {
  return <SignedInFrame>{children}</SignedInFrame>;
}
