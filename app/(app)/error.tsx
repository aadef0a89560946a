"use client";

import { PageError } from "@/components/shell/page-error";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return <PageError reset={reset} />;
}
