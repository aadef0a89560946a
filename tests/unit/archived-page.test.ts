import { describe, expect, it } from "vitest";
import { ARCHIVE_TEXT_LIMIT, readPage } from "@/lib/server/source/read-page";

const page = (body: string) => `<!doctype html><html><head><title>Report</title><style>p{color:red}</style></head><body>${body}</body></html>`;

describe("readPage (what an archived copy keeps)", () => {
  it("keeps the readable text only: no markup, scripts, styles or image addresses", () => {
    const read = readPage(page(`<p>Short note &lt;b&gt;bold&lt;/b&gt;.</p><script>steal()</script><img src="https://t.example/x.png"><noscript>enable js</noscript>`), "text/html", "https://news.example/a");
    expect(read.text).toBe("Short note <b>bold</b>.");
    expect(read.title).toBe("Report");
    expect(read.publisher).toBe("news.example");
    expect(read.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hashes the text, so markup-only changes (ads, nonces) are not a change but a changed word is", () => {
    const words = "<p>Exports fell by 3 percent in the third quarter, the ministry said on Monday in its report.</p>";
    const a = readPage(page(`${words}<div class="ad-123">`), "text/html", "https://x.example/");
    const b = readPage(page(`${words}<div class="ad-456">`), "text/html", "https://x.example/");
    const c = readPage(page(words.replace("3 percent", "5 percent")), "text/html", "https://x.example/");
    expect(a.contentHash).toBe(b.contentHash);
    expect(c.contentHash).not.toBe(a.contentHash);
  });

  it("caps the stored text but hashes all of it", () => {
    const long = "word ".repeat(ARCHIVE_TEXT_LIMIT);
    const read = readPage(long, "text/plain", "https://x.example/a.txt");
    expect(read.text.length).toBe(ARCHIVE_TEXT_LIMIT);
    expect(read.contentHash).not.toBe(readPage(long.slice(0, ARCHIVE_TEXT_LIMIT), "text/plain", "https://x.example/a.txt").contentHash);
  });
});
