import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { cachedPublicPdf, publicPdfKey, rememberPublicPdf } from "@/lib/server/share/public-pdf-cache";

// Probe and re-probe of stop 46: anyone with a public link may ask for its PDF in a loop.
describe("rendered public PDFs", () => {
  it("are found by the link and the whole input, never by another link's", () => {
    const input = { title: "Haushalt", claims: [1, 2, 3] };
    const key = publicPdfKey("token-a", input);
    expect(publicPdfKey("token-b", input)).not.toBe(key);
    expect(publicPdfKey("token-a", { ...input, title: "Haushalt 2" })).not.toBe(key);
    rememberPublicPdf(key, { pdf: new Uint8Array([1, 2, 3]), title: "Haushalt", noindex: false });
    expect(cachedPublicPdf(key)).toMatchObject({ title: "Haushalt" });
    expect(cachedPublicPdf(publicPdfKey("token-b", input))).toBeNull();
  });

  it("remember a render that failed for its content, so the next request is refused at once", () => {
    const key = publicPdfKey("token-slow", { title: "Lang" });
    rememberPublicPdf(key, new AppError("UNPROCESSABLE", "This report took too long to render as PDF."));
    expect(cachedPublicPdf(key)).toBeInstanceOf(AppError);
  });

  it("let go of the oldest PDFs past 64 MB", () => {
    const first = publicPdfKey("token-old", {});
    rememberPublicPdf(first, { pdf: new Uint8Array(15 * 1024 * 1024), title: "old", noindex: false });
    for (let i = 0; i < 5; i++) rememberPublicPdf(publicPdfKey(`token-${i}`, {}), { pdf: new Uint8Array(15 * 1024 * 1024), title: `${i}`, noindex: false });
    expect(cachedPublicPdf(first)).toBeNull();
    expect(cachedPublicPdf(publicPdfKey("token-4", {}))).toMatchObject({ title: "4" });
  });
});
