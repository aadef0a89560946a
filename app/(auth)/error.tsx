"use client";

import { PageError } from "@/components/shell/page-error";

export default function AuthError({ reset }: { error: Error; reset: () => void }) {
  return <PageError reset={reset} />;
}
