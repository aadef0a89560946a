// Older German news pages are often windows-1252 or ISO-8859-15 and say so (HTTP Content-Type, <meta charset>,
// <meta http-equiv="Content-Type">). Read as UTF-8 their umlauts became "�", and an uploaded copy was refused
// (hostile probe of stop 37). These are the encodings a news page declares that we decode; anything else is UTF-8.

const LABELS: Record<string, string> = {
  "utf-8": "utf-8", utf8: "utf-8", "unicode-1-1-utf-8": "utf-8",
  // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels are read as windows-1252.
  "windows-1252": "windows-1252", "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", latin1: "windows-1252", "l1": "windows-1252",
  "us-ascii": "windows-1252", ascii: "windows-1252", "cp1252": "windows-1252", "x-cp1252": "windows-1252",
  "iso-8859-15": "iso-8859-15", "iso8859-15": "iso-8859-15", latin9: "iso-8859-15", "l9": "iso-8859-15",
  "utf-16": "utf-16le", "utf-16le": "utf-16le", "utf-16be": "utf-16be",
};

/** How far into an HTML document a <meta> charset is looked for (browsers look in the first 1,024 bytes). */
const SNIFF_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]{1,40})/i;

/**
 * The encoding `bytes` say they are in: a byte order mark first, then the HTTP Content-Type's charset,
 * then an HTML <meta> in the first kilobyte; null when none is declared (or the label is one we do not read).
 */
export function declaredEncoding(bytes: Uint8Array, contentType = ""): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const fromHeader = HEADER_CHARSET.exec(contentType)?.[1];
  if (fromHeader) return LABELS[fromHeader.toLowerCase()] ?? null;
  // The head of the document as Latin-1: every byte one character, whatever the encoding turns out to be.
  const head = String.fromCharCode(...bytes.subarray(0, SNIFF_BYTES));
  const fromMeta = META_CHARSET.exec(head)?.[1];
  return fromMeta ? (LABELS[fromMeta.toLowerCase()] ?? null) : null;
}

/**
 * `bytes` as text in the legacy encoding they declare, or null when they declare none or UTF-8 (how strictly
 * UTF-8 is read is the caller's choice). Throws a TypeError for UTF-16 that is not valid UTF-16.
 */
export function decodeDeclared(bytes: Uint8Array, contentType = ""): string | null {
  const encoding = declaredEncoding(bytes, contentType);
  if (!encoding || encoding === "utf-8") return null;
  // A <meta> saying UTF-16 in a document without a byte order mark is a mistake browsers ignore (it was read as ASCII to be found).
  if (encoding.startsWith("utf-16") && bytes[0] !== 0xff && bytes[0] !== 0xfe && !/utf-16/i.test(contentType)) return null;
  // UTF-16 is read strictly (a lone surrogate or an odd last byte throws): windows-1252 and ISO-8859-15 map every byte.
  const text = new TextDecoder(encoding, { fatal: encoding.startsWith("utf-16") }).decode(bytes);
  return encoding === "windows-1252" ? withWindows1252Punctuation(text) : text;
}

// Node 20's TextDecoder reads bytes 0x80–0x9F of windows-1252 as control characters, not as the € and the
// „…“ quotes German pages write with them; the standard's table for that range (0x81, 0x8D, 0x8F, 0x90, 0x9D stay).
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const C1_CONTROL = /[\u0080-\u009f]/g;
function withWindows1252Punctuation(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(C1_CONTROL, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!) : text;
}
