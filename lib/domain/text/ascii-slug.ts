/** Text folded to lower-case ASCII words joined by "-" ("Prüfung für Ärzte" → "pruefung-fuer-aerzte"), for file names and internal slugs. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[äöüÄÖÜß]/g, (char) => GERMAN[char]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
