"use client";

import { PageError } from "@/components/shell/page-error";

export default function RootError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <PageError reset={reset} />
    </main>
  );
}
