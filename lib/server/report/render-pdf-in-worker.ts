import { runHeavy } from "@/lib/server/workers/heavy-pool";
import type { PdfReport } from "./render-pdf";

/** A PDF report rendered in a worker thread: an outlet's 2,000 claims take seconds of CPU. */
export async function renderPdfInWorker(report: PdfReport): Promise<Uint8Array> {
  return runHeavy("pdf", report, "This report took too long to render as PDF. Export CSV or JSON, or fewer claims.");
}
