// The small Markdown subset comments support, parsed into nodes that the UI renders as elements, so
// no comment text is ever interpreted as HTML: paragraphs, line breaks, **bold**, *italic*, `code`,
// [links](https://…), bare https:// addresses and mentions written by the autocomplete as @[Name](user-id).

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "mention"; userId: string; name: string }
  | { type: "break" };

export type Block = { type: "paragraph"; children: Inline[] };

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MENTION = new RegExp(`@\\[([^\\]\\n]{1,80})\\]\\((${UUID})\\)`, "gi");
// Order matters: code first (its inside is literal), then mentions and links, then bare addresses
// (fact-checkers paste them; their underscores are no emphasis), then emphasis. "_" emphasises only
// between word boundaries, as in CommonMark: snake_case_words stay as written.
const INLINE = new RegExp(
  [
    "`([^`\\n]+)`",
    `@\\[([^\\]\\n]{1,80})\\]\\((${UUID})\\)`,
    "\\[([^\\]\\n]+)\\]\\((https?://[^\\s)]+)\\)",
    "(https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'])",
    "\\*\\*([^*\\n]+)\\*\\*",
    "\\*([^*\\n]+)\\*|(?<![\\p{L}\\p{N}_])_([^_\\n]+)_(?![\\p{L}\\p{N}_])",
    "\\n",
  ].join("|"),
  "giu",
);

export function parseCommentMarkdown(body: string): Block[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: "paragraph", children: parseInline(paragraph) }));
}

function parseInline(text: string): Inline[] {
  const nodes: Inline[] = [];
  let cursor = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > cursor) nodes.push({ type: "text", text: text.slice(cursor, match.index) });
    const [whole, code, mentionName, mentionId, linkText, href, bare, strong, em1, em2] = match;
    if (code !== undefined) nodes.push({ type: "code", text: code });
    else if (mentionId !== undefined) nodes.push({ type: "mention", userId: mentionId.toLowerCase(), name: mentionName! });
    else if (href !== undefined) nodes.push({ type: "link", href, children: parseInline(linkText!) });
    else if (bare !== undefined) nodes.push({ type: "link", href: bare, children: [{ type: "text", text: bare }] });
    else if (strong !== undefined) nodes.push({ type: "strong", children: parseInline(strong) });
    else if (em1 !== undefined || em2 !== undefined) nodes.push({ type: "em", children: parseInline((em1 ?? em2)!) });
    else if (whole === "\n") nodes.push({ type: "break" });
    cursor = match.index + whole.length;
  }
  if (cursor < text.length) nodes.push({ type: "text", text: text.slice(cursor) });
  return nodes;
}

/** The distinct user ids mentioned in a comment body. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[2]!.toLowerCase()))];
}

/** Plain text of a comment (mentions as "@Name"), for notifications and history. */
export function commentPlainText(body: string): string {
  // As read, without the marks: "**Tabelle 3**" showed its asterisks in the inbox and in mails (walk of stop 32).
  return parseCommentMarkdown(body).map((block) => plainInline(block.children)).join("\n\n");
}

function plainInline(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
        case "code":
          return node.text;
        case "strong":
        case "em":
          return plainInline(node.children);
        case "link": {
          const label = plainInline(node.children);
          return label === node.href ? node.href : `${label} (${node.href})`;
        }
        case "mention":
          return `@${node.name}`;
        case "break":
          return "\n";
      }
    })
    .join("");
}

/**
 * The body with each mention labelled by the name of the person it notifies (`names`, by user id), and
 * a mention of anyone else left as plain text: "@[Zzfake](<someone's id>)" showed "@Zzfake" but told
 * someone else (probe of stop 29). A name is cut to what the mention syntax holds.
 */
export function withMentionNames(body: string, names: Map<string, string>): string {
  return body.replace(MENTION, (_, label: string, id: string) => {
    const name = names.get(id.toLowerCase());
    return name ? `@[${name.replace(/[\]\n]/g, " ").slice(0, 80).trim() || label}](${id.toLowerCase()})` : `@${label}`;
  });
}

/**
 * The body with "@Full Name" typed by hand (not picked from the list) written as a mention of the
 * member of that name: it looked like a mention but notified nobody (walk of stop 29). The longest
 * name wins ("@Anna Maria Schmidt" over "@Anna Maria"); only whole names, followed by no letter.
 */
export function withTypedMentions(body: string, members: { id: string; name: string }[]): string {
  const named = members.filter((member) => member.name.trim().length >= 2 && !/[\]\n]/.test(member.name)).sort((a, b) => b.name.length - a.name.length);
  if (named.length === 0 || !body.includes("@")) return body;
  const byName = new Map(named.map((member) => [member.name.toLowerCase(), member]));
  const pattern = new RegExp(`@(${named.map((member) => escapeRegExp(member.name)).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return body.replace(pattern, (whole, name: string) => {
    const member = byName.get(name.toLowerCase());
    return member ? `@[${member.name}](${member.id})` : whole;
  });
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
