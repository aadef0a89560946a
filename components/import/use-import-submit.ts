"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Problem, SendResult } from "@/lib/client/send-json";

/**
 * The submit of an import form: send the form, open the new article, or keep the problem (and the id
 * of the article it duplicates, for a 409) for the form to show beside its field.
 */
export function useImportSubmit(send: (form: FormData) => Promise<SendResult<{ id: string }>>, setPending: (pending: boolean) => void) {
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    const result = await send(new FormData(event.currentTarget));
    setPending(false);
    if (result.ok) router.push(`/articles/${result.data.id}`);
    else setProblem(result.problem);
  }

  const existingId = problem?.status === 409 ? (problem.details as { articleId?: string } | null)?.articleId : undefined;
  return { problem, submit, existingId };
}
