import { describe, expect, it } from "vitest";
import { commentPlainText, parseCommentMarkdown, withMentionNames, withTypedMentions, type Inline } from "@/lib/domain/comments/comment-markdown";

const inline = (body: string): Inline[] => parseCommentMarkdown(body)[0]!.children;

describe("comment Markdown", () => {
  it("links a pasted address whole, underscores and query included, without the sentence's full stop", () => {
    const url = "https://www.destatis.de/SiteGlobals/Forms/Suche/Einzelheftsuche_Formular.html?nn=206104&topic_f=preise_vpi";
    expect(inline(`Quelle: ${url}.`)).toEqual([
      { type: "text", text: "Quelle: " },
      { type: "link", href: url, children: [{ type: "text", text: url }] },
      { type: "text", text: "." },
    ]);
    expect(inline("(see https://example.org/a_b)")).toEqual([
      { type: "text", text: "(see " },
      { type: "link", href: "https://example.org/a_b", children: [{ type: "text", text: "https://example.org/a_b" }] },
      { type: "text", text: ")" },
    ]);
  });

  it("keeps Markdown links, emphasis, code and mentions, and snake_case words as written", () => {
    const id = "0190a3b4-1c2d-7e8f-9a0b-1c2d3e4f5a6b";
    expect(inline(`**fett** *kursiv* _auch_ \`a_b\` [Bericht](https://example.org/x_y) @[Ana](${id}) max_value_2`)).toEqual([
      { type: "strong", children: [{ type: "text", text: "fett" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "kursiv" }] },
      { type: "text", text: " " },
      { type: "em", children: [{ type: "text", text: "auch" }] },
      { type: "text", text: " " },
      { type: "code", text: "a_b" },
      { type: "text", text: " " },
      { type: "link", href: "https://example.org/x_y", children: [{ type: "text", text: "Bericht" }] },
      { type: "text", text: " " },
      { type: "mention", userId: id, name: "Ana" },
      { type: "text", text: " max_value_2" },
    ]);
  });

  it("links nothing but http(s) addresses", () => {
    expect(inline("javascript:alert(1) ftp://example.org/x")).toEqual([{ type: "text", text: "javascript:alert(1) ftp://example.org/x" }]);
  });
});

describe("a comment as plain text (inbox, mails, history)", () => {
  it("reads without its marks: emphasis and code as words, a link with its address, a mention by name (walk of stop 32)", () => {
    const id = "01a238e5-3a7d-75e9-a78c-7e0c8af27d0c";
    expect(commentPlainText(`Siehe **Tabelle 3** und *kursiv*, \`code\`, [Bericht](https://x.example/b) https://y.example @[Bea](${id})\nZeile zwei\n\nAbsatz`)).toBe(
      "Siehe Tabelle 3 und kursiv, code, Bericht (https://x.example/b) https://y.example @Bea\nZeile zwei\n\nAbsatz",
    );
  });
});

describe("mentions as stored", () => {
  const anna = { id: "01a2373d-0000-7000-8000-000000000001", name: "Anna Maria Schmidt" };
  const short = { id: "01a2373d-0000-7000-8000-000000000002", name: "Anna Maria" };
  it("writes a hand-typed '@Full Name' of a member as a mention, the longest name first", () => {
    expect(withTypedMentions("Ask @Anna Maria Schmidt, and @anna maria.", [short, anna])).toBe(`Ask @[Anna Maria Schmidt](${anna.id}), and @[Anna Maria](${short.id}).`);
    expect(withTypedMentions("Mail anna@example.test or @Anna Marias", [short])).toBe("Mail anna@example.test or @Anna Marias");
  });
  it("labels a mention with the notified person's name and leaves a mention of anyone else as text", () => {
    const names = new Map([[anna.id, anna.name]]);
    expect(withMentionNames(`@[Boss](${anna.id}) @[Ghost](01a2373d-0000-7000-8000-000000000009)`, names)).toBe(`@[${anna.name}](${anna.id}) @Ghost`);
  });
});
