import { AppError } from "@/lib/server/errors";
import { factCheckNotes } from "@/lib/server/report/fact-check-notes";
import { articlePdf } from "@/lib/server/report/render-pdf";
import { PDF_MAX_CLAIMS, renderPdfInWorker } from "@/lib/server/report/render-pdf-in-worker";
import { asWorkOf } from "@/lib/server/workers/heavy-owner";
import { loadPublicFactCheck, type PublicFactCheck } from "./load-public-fact-check";
import { cachedPublicPdf, publicPdfKey, rememberPublicPdf } from "./public-pdf-cache";

/**
 * The PDF of a published fact-check: the same claims as its public page (final verdicts the editor
 * chose), with the corrections and the method, in the article's language. Null for an unknown or
 * revoked link. Rendered in the worker pool, like every PDF, as work of the team the link belongs to: as work of nobody,
 * one team's link asked for in a loop made every other team's public PDFs wait 40 s (probe of stop 41). `cancelled`:
 * the request's signal (a client that goes away gives up its turn).
 */
export async function publicFactCheckPdf(token: string, cancelled?: AbortSignal): Promise<{ pdf: Uint8Array; title: string; noindex: boolean } | null> {
  // What it would show now, and whose turn it is: rendered already, it is not rendered again (see public-pdf-cache.ts).
  // The render reads the link again once the turn comes, on purpose: a link revoked while its PDF waited is then a 404.
  const current = await loadPublicFactCheck(token);
  if (!current) return null;
  const key = publicPdfKey(token, pdfInput(current));
  const cached = cachedPublicPdf(key);
  if (cached instanceof AppError) throw cached;
  if (cached) return cached;
  // Requests for content not rendered yet wait for the one render already under way (third probe of stop 46: six at once
  // rendered it six times, one after another, and the team's own PDF waited 22 s). One whose client went away leaves the
  // others to render it themselves.
  const running = rendering.get(key);
  if (running) {
    try {
      return await running;
    } catch (error) {
      if (!(error instanceof AppError && error.code === "UNAVAILABLE")) throw error;
    }
  }
  const render = renderPublicPdf(token, current.teamId, cancelled);
  rendering.set(key, render);
  try {
    return await render;
  } finally {
    if (rendering.get(key) === render) rendering.delete(key);
  }
}

const rendering = new Map<string, Promise<{ pdf: Uint8Array; title: string; noindex: boolean } | null>>();

async function renderPublicPdf(token: string, teamId: string, cancelled?: AbortSignal): Promise<{ pdf: Uint8Array; title: string; noindex: boolean } | null> {
  let found: { title: string; noindex: boolean } | null = null;
  // The key of what the worker rendered: the link may have changed while the request waited for its turn (re-probe of
  // stop 46: a title changed and changed back left the PDF of the passing title under the first one's key).
  let rendered: string | null = null;
  try {
    const pdf = await asWorkOf(teamId, () => renderPdfInWorker(async () => {
      const factCheck = await loadPublicFactCheck(token);
      if (!factCheck) throw NO_LINK;
      found = { title: factCheck.report.article.title, noindex: factCheck.noindex };
      const input = pdfInput(factCheck);
      rendered = publicPdfKey(token, input);
      return input;
    }), cancelled);
    const result = { pdf, ...found! };
    rememberPublicPdf(rendered!, result);
    return result;
  } catch (error) {
    if (error === NO_LINK) return null;
    // Too slow or too large for its content: it would be again. (A busy pool or a client gone is no answer about the content.)
    if (rendered && error instanceof AppError && error.code === "UNPROCESSABLE") rememberPublicPdf(rendered, error);
    throw error;
  }
}
const NO_LINK = new Error("no such link");

function pdfInput({ report, levels, corrections }: PublicFactCheck) {
  // As for the team's PDF: an article of thousands of published verdicts held a render worker for a minute,
  // anyone with the link could ask for it, and no sign-in was needed (re-probe of stop 34).
  if (report.claims.length > PDF_MAX_CLAIMS) {
    throw new AppError("INVALID_INPUT", `This fact-check has ${report.claims.length.toLocaleString("en")} claims, too many for one PDF (at most ${PDF_MAX_CLAIMS.toLocaleString("en")}). Read it on its page.`);
  }
  const notes = factCheckNotes({ language: report.article.language, credibility: report.credibility, levels, corrections });
  return { ...articlePdf(report), notes };
}
