// A German body named as claimant in the case its sentence put it in ("laut Statistischem Bundesamt",
// "nach Angaben des Bundesrechnungshofs") reads wrong as a name on its own: in ClaimReview's author,
// on a public page ("Gesagt von Statistischem Bundesamt") and in lists, where one body appeared under
// three spellings. The name as one writes it without article: "Statistisches Bundesamt",
// "Bundesrechnungshof", "Deutsche Bundesbank". Only names whose head noun is known, else unchanged.

type Gender = "n" | "m" | "f";
// The last part of the head noun (compounds end in it: "Umweltbundesamt", "Rechnungshof").
const HEADS: [string, Gender][] = [
  ["amt", "n"], ["institut", "n"], ["ministerium", "n"], ["gericht", "n"], ["büro", "n"], ["zentrum", "n"], ["werk", "n"], ["unternehmen", "n"],
  ["kabinett", "n"], ["parlament", "n"], ["portal", "n"], ["komitee", "n"], ["forum", "n"], ["netzwerk", "n"],
  ["verband", "m"], ["hof", "m"], ["rat", "m"], ["dienst", "m"], ["bund", "m"], ["konzern", "m"], ["verein", "m"], ["senat", "m"], ["ausschuss", "m"], ["fonds", "m"],
  ["bank", "f"], ["agentur", "f"], ["kommission", "f"], ["stiftung", "f"], ["behörde", "f"], ["regierung", "f"], ["gesellschaft", "f"], ["vereinigung", "f"],
  ["organisation", "f"], ["union", "f"], ["partei", "f"], ["kammer", "f"], ["anstalt", "f"], ["universität", "f"], ["hochschule", "f"], ["polizei", "f"],
  ["gewerkschaft", "f"], ["akademie", "f"], ["aufsicht", "f"], ["wirtschaft", "f"], ["zentrale", "f"], ["versicherung", "f"],
  // (engine read of stop 46: "laut Deutscher Bahn", "laut Deutscher Fußball Liga" stayed in the dative)
  ["bahn", "f"], ["liga", "f"], ["post", "f"], ["börse", "f"], ["welle", "f"], ["verwaltung", "f"], ["klinik", "f"], ["rundfunk", "m"],
];
// Genitive endings of masculine and neuter heads ("Amtes", "Amts", "Ministeriums"); feminine heads have none.
const GENITIVE = /(?:es|s)$/u;
// An inflected adjective: "-er" only after an adjective's own suffix ("Europäischer", "Deutscher"), not a
// place's ("Kieler Institut", "Berliner Polizei" never change).
const ADJECTIVE = /^(\p{Lu}\p{Ll}+?)(?:em|en|es|e|(?<=(?:sch|lich|ig|al|ell|iv|bar|sam|haft))er)$/u;
const STRONG_ENDING: Record<Gender, string> = { n: "es", m: "er", f: "e" };

/** `name` (a claimant from a German sentence) in the nominative without article, when its head noun is known. */
export function germanNominative(name: string): string {
  const words = name.split(" ");
  // Capitalised adjectives, then the head; whatever follows (a genitive, "für Arbeit") stays as it is.
  // The head is the first known one after capitalised words only ("Robert Koch-Instituts"): after "des" or "für"
  // a noun is a genitive or an object that stays ("Präsident des Bundesamts").
  let at = 0;
  let found: ReturnType<typeof headOf> = null;
  for (; at < words.length && /\p{Lu}/u.test(words[at]!); at++) {
    found = headOf(words[at]!);
    if (found) break;
  }
  if (!found) return name;
  const adjectives = words.slice(0, at).map((word) => {
    const adjective = ADJECTIVE.exec(word);
    // Only the adjectives right before the head take its gender's ending; a name before them stays.
    return adjective ? adjective[1]! + STRONG_ENDING[found.gender] : word;
  });
  return [...adjectives, found.word, ...words.slice(at + 1)].join(" ");
}

function headOf(word: string): { word: string; gender: Gender } | null {
  if (!/\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  for (const [head, gender] of HEADS) {
    if (lower.endsWith(head)) return { word, gender };
    if (gender === "f" || !GENITIVE.test(lower)) continue;
    // "Bundesamtes" → "Bundesamt", "Rechnungshofs" → "Rechnungshof", "Ministeriums" → "Ministerium".
    for (const ending of ["es", "s"]) {
      if (lower.endsWith(head + ending)) return { word: word.slice(0, word.length - ending.length), gender };
    }
  }
  return null;
}
