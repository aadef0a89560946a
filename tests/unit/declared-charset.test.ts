import { describe, expect, it } from "vitest";
import { decodeDeclared, declaredEncoding } from "@/lib/domain/import/declared-charset";

// Hostile probe of stop 37: an HTML upload in windows-1252 that said so in its <meta> was refused as "not UTF-8".
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe("declaredEncoding / decodeDeclared", () => {
  it("reads a page in the legacy encoding its <meta> or HTTP header declares", () => {
    const page = latin1('<html><head><meta charset="windows-1252"><title>Gr\u00f6\u00dfe</title></head><body>Stra\u00dfe \u0080 \u0084Zitat\u0093</body></html>');
    expect(decodeDeclared(page)).toContain("Größe");
    expect(decodeDeclared(page)).toContain("Straße € „Zitat“");
    const httpEquiv = latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>M\u00fcller</p>');
    expect(decodeDeclared(httpEquiv)).toContain("Müller");
    expect(decodeDeclared(latin1("<p>\u00a4</p>"), "text/html; charset=iso-8859-15")).toBe("<p>€</p>");
  });

  it("reads a byte order mark first, and leaves UTF-8 and undeclared text to the caller", () => {
    expect(decodeDeclared(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe4, 0x00]))).toBe("Aä");
    expect(declaredEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe("utf-8");
    expect(decodeDeclared(new TextEncoder().encode('<meta charset="utf-8"><p>Größe</p>'))).toBeNull();
    expect(decodeDeclared(latin1("<p>no declaration</p>"))).toBeNull();
    // An encoding we do not read, and a <meta> claiming UTF-16 without a byte order mark, are ignored.
    expect(decodeDeclared(latin1('<meta charset="koi8-r"><p>x</p>'))).toBeNull();
    expect(decodeDeclared(latin1('<meta charset="utf-16"><p>x</p>'))).toBeNull();
  });

  it("refuses UTF-16 that is not valid UTF-16 (re-probe of stop 37: it was stored with U+FFFD)", () => {
    expect(() => decodeDeclared(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toThrow(TypeError);
    expect(() => decodeDeclared(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(TypeError);
  });

  it("looks for the <meta> only in the first kilobyte", () => {
    expect(declaredEncoding(latin1(`${" ".repeat(1100)}<meta charset="windows-1252">`))).toBeNull();
  });
});
