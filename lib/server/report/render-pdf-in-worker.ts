import { runHeavyAfterTurn } from "@/lib/server/workers/heavy-pool";
import type { PdfReport } from "./render-pdf";

/**
 * The most claims one PDF takes, for an outlet, an article and a public link alike: beyond it a PDF would be thousands
 * of pages and hold a render worker for minutes, so CSV or JSON (or the public page) it is.
 */
export const PDF_MAX_CLAIMS = 2000;

/**
 * A PDF report rendered in a worker thread (an outlet's 2,000 claims take seconds of CPU). `prepare` reads the report
 * once a thread is free for it, so a request refused as busy has read nothing.
 */
export async function renderPdfInWorker(prepare: () => Promise<PdfReport>): Promise<Uint8Array> {
  return runHeavyAfterTurn("pdf", prepare, "This report took too long to render as PDF. Export CSV or JSON, or fewer claims.");
}
