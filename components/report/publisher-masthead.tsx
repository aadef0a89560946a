import type { Report } from "@/lib/domain/report/report-types";

/** The publishing organisation above a public fact-check: its logo and name, linked to its site. */
export function PublisherMasthead({ organization, by }: { organization: Report["organization"]; by: string }) {
  const content = (
    <span className="inline-flex items-center gap-2">
      {organization.logoUrl && (
        // A remote logo from the organisation's own site; next/image would proxy it through this server.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={organization.logoUrl} alt="" className="h-8 w-auto max-w-[8rem] object-contain" referrerPolicy="no-referrer" />
      )}
      <span>{by}</span>
    </span>
  );
  return (
    <p className="text-sm text-slate-600" data-testid="publisher">
      {organization.url ? (
        <a href={organization.url} className="text-slate-700 underline" rel="noopener noreferrer">
          {content}
        </a>
      ) : (
        content
      )}
    </p>
  );
}
