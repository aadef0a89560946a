import type { ReactNode } from "react";

/** A full-width message for empty, forbidden and not-found states; `page`: it is the page's only heading (an h1). */
export function Notice({ title, children, page = false }: { title: string; children?: ReactNode; page?: boolean }) {
  const Heading = page ? "h1" : "h2";
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
      {children && <div className="mt-2 text-sm text-slate-600">{children}</div>}
    </div>
  );
}
