"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ label, title }: { label: string; title?: string }) {
  return (
    <Button variant="secondary" className="min-h-9 px-3 py-1.5" title={title} onClick={() => signOut({ callbackUrl: "/sign-in?signedOut=1" })}>
      {label}
    </Button>
  );
}
