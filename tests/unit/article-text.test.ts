import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintText } from "@/lib/domain/article/content-fingerprint";
import { outletDomainFromUrl } from "@/lib/domain/article/derive-outlet";
import { paragraphSpans } from "@/lib/domain/article/paragraphs";

const sample = (file: string) => readFileSync(path.join(import.meta.dirname, "../../prisma/seed", file), "utf8");

describe("paragraphSpans", () => {
  it("splits on blank lines and keeps exact offsets", () => {
    const body = "Title\n\nFirst paragraph.\n  \nSecond one.\n";
    const spans = paragraphSpans(body);
    expect(spans.map((s) => body.slice(s.start, s.end))).toEqual(["Title", "First paragraph.", "Second one."]);
  });

  it("uses single line breaks when the text has no blank lines (sample article 2)", () => {
    const body = sample("article-2-lavrov-jaishankar-arms.de.txt");
    const spans = paragraphSpans(body);
    expect(spans).toHaveLength(5);
    expect(body.slice(spans[0]!.start, spans[0]!.end)).toMatch(/^Russland und Indien haben angekündigt/);
  });

  it("covers sample article 1 including its headline and closing boilerplate", () => {
    const body = sample("article-1-qingdao-defence-ministers.de.txt");
    const spans = paragraphSpans(body);
    expect(body.slice(spans[0]!.start, spans[0]!.end)).toBe(
      "Militärallianz verstärkt: Russland und Indien planen massive Ausweitung ihrer Verteidigungskooperation",
    );
    expect(body.slice(spans.at(-1)!.start, spans.at(-1)!.end)).toBe("Schreibe einen Kommentar");
    for (const span of spans) expect(body.slice(span.start, span.end).trim()).toBe(body.slice(span.start, span.end));
  });

  it("returns nothing for whitespace", () => {
    expect(paragraphSpans(" \n\n \t")).toEqual([]);
  });
});

describe("fingerprintText", () => {
  it("treats whitespace and Unicode form variants as the same text", () => {
    expect(fingerprintText("Über  20 Menschen\r\n starben. ")).toBe(fingerprintText("U\u0308ber 20 Menschen starben."));
  });

  it("tells different texts apart", () => {
    expect(fingerprintText("20 Menschen")).not.toBe(fingerprintText("21 Menschen"));
  });
});

describe("outletDomainFromUrl", () => {
  it("drops www and lower-cases the host", () => {
    expect(outletDomainFromUrl("https://WWW.Spiegel.de/politik/x")).toBe("spiegel.de");
  });

  it("writes an international host as people do, without a trailing dot (hostile probe of stop 36)", () => {
    expect(outletDomainFromUrl("https://www.bücher.de/a")).toBe("bücher.de");
    expect(outletDomainFromUrl("https://xn--bcher-kva.de/a")).toBe("bücher.de");
    expect(outletDomainFromUrl("https://spiegel.de./a")).toBe("spiegel.de");
  });

  it("returns null for something that is not a URL", () => {
    expect(outletDomainFromUrl("not a url")).toBeNull();
  });
});
