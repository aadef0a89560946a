"use client";

import { useTranslations } from "next-intl";
import type { Problem } from "@/lib/client/send-json";

interface FieldDetail {
  field?: string;
  message: string;
  reason?: string;
  params?: Record<string, string | number>;
}

/**
 * The sentence to show under one import field: the server's reason in the reader's language when the
 * catalogue knows it, else the server's own words. `catchAll` also takes errors naming no other field
 * of this form (a form has one main field, and its errors belong there).
 */
export function useImportProblem() {
  const t = useTranslations("import.errors");
  return (problem: Problem | null, field: string, otherFields: string[] = []): string | undefined => {
    if (!problem) return undefined;
    const details = (Array.isArray(problem.details) ? problem.details : []) as FieldDetail[];
    const detail = details.find((entry) => entry.field === field);
    if (detail?.reason && t.has(detail.reason)) return t(detail.reason as "unreachable", detail.params ?? {});
    if (detail) return detail.message;
    const elsewhere = details.some((entry) => entry.field && otherFields.includes(entry.field));
    return elsewhere ? undefined : problem.message;
  };
}
