import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableHead, Td, WIDE_ONLY } from "@/components/ui/table";
import type { listImportJobs } from "@/lib/server/import/import-jobs";

type Job = Awaited<ReturnType<typeof listImportJobs>>[number];

/** The team's latest bulk imports: who started each, when, how far it got (walk of stop 43: the page showed none). */
export async function RecentImports({ jobs }: { jobs: Job[] }) {
  const t = await getTranslations("import.recent");
  const statuses = await getTranslations("import.status");
  const format = await getFormatter();
  if (jobs.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <Table caption={t("title")}>
      <TableHead
        columns={[
          { label: t("started") },
          { label: t("by"), className: WIDE_ONLY },
          { label: t("status"), className: WIDE_ONLY },
          { label: t("lines"), className: "text-right" },
        ]}
      />
      <tbody className="divide-y divide-slate-100" data-testid="recent-imports">
        {jobs.map((job) => (
          <tr key={job.id}>
            <Td className="whitespace-nowrap">
              {format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              {/* On a phone two columns fit (walk of stop 44: the counts were cut off): who and the status go under the date. */}
              <p className="mt-1 whitespace-normal text-xs text-slate-600 [overflow-wrap:anywhere] md:hidden">
                {job.createdBy.name} · {statuses(job.status)}
              </p>
            </Td>
            <Td className={`[overflow-wrap:anywhere] ${WIDE_ONLY}`}>{job.createdBy.name}</Td>
            <Td className={WIDE_ONLY}>{statuses(job.status)}</Td>
            <Td className="text-right tabular-nums [overflow-wrap:anywhere]">
              {t("counts", { processed: job.processed, total: job.total, succeeded: job.succeeded, failed: job.failed })}
              {/* Every line's outcome, a failed one's reason (walk of stop 46: a failed import said no why); under the counts,
                  so a phone keeps its two columns. */}
              <Link className="mt-1 block text-blue-800 underline" href={`/import?job=${job.id}#bulk-import`} aria-label={t("reportFor", { date: format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}>
                {t("report")}
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
