import { errorLocale } from "@/lib/server/http/api-route";
import { errorResponse } from "@/lib/server/http/error-response";
import { localizeMessage } from "@/lib/i18n/server-messages";
import { downloadHeaders } from "@/lib/server/report/report-response";
import { publicFactCheckPdf } from "@/lib/server/share/public-fact-check-pdf";

// No sign-in: the token is the permission, as for the page it belongs to.
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    // A client that goes away gives up its turn and its render.
    const result = await publicFactCheckPdf((await params).token, req.signal);
    if (!result) return new Response(localizeMessage("This fact-check link does not exist or was revoked.", await errorLocale(req)), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    const headers = new Headers(downloadHeaders(result.title, "pdf"));
    // The page says noindex in a meta tag; a PDF can only say it in a header.
    if (result.noindex) headers.set("x-robots-tag", "noindex, nofollow");
    return new Response(new Uint8Array(result.pdf), { headers });
  } catch (error) {
    return errorResponse(error, undefined, await errorLocale(req));
  }
}
