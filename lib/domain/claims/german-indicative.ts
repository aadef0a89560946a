import { isLetterCode } from "../text/is-letter-code";

// German reported speech in the indicative, for a suggested wording whose speaker was taken out.

// "Scholz sagte, die Lage sei ernst" → "Die Lage ist ernst": once its speaker is gone, reported speech
// reads in the indicative. Third-person forms of the subjunctive I that differ from the indicative (the
// plural substitutes "hätten", "würden" only in inIndicative: elsewhere the subjunctive II may be meant).
const INDICATIVE: Record<string, string> = {
  sei: "ist", seien: "sind", habe: "hat", werde: "wird", könne: "kann", müsse: "muss", solle: "soll", wolle: "will", dürfe: "darf",
  gebe: "gibt", liege: "liegt", stehe: "steht", gehe: "geht", komme: "kommt", bleibe: "bleibt", wisse: "weiß", fehle: "fehlt",
  brauche: "braucht", plane: "plant", arbeite: "arbeitet", lebe: "lebt", bestehe: "besteht", zeige: "zeigt", steige: "steigt", sinke: "sinkt",
  zahle: "zahlt", koste: "kostet", betrage: "beträgt", erhalte: "erhält", verliere: "verliert", falle: "fällt", wachse: "wächst", gelte: "gilt",
  halte: "hält", sehe: "sieht", nehme: "nimmt", führe: "führt", mache: "macht", erwarte: "erwartet", rechne: "rechnet", drohe: "droht", treffe: "trifft",
  verschiebe: "verschiebt", stärke: "stärkt", schaffe: "schafft", schwäche: "schwächt", verursache: "verursacht", erhöhe: "erhöht", senke: "senkt",
  fördere: "fördert", gefährde: "gefährdet", schade: "schadet", belaste: "belastet", entlaste: "entlastet", verhindere: "verhindert", ermögliche: "ermöglicht",
  sichere: "sichert", liefere: "liefert", trage: "trägt", lasse: "lässt", spreche: "spricht", finde: "findet", handle: "handelt", entstehe: "entsteht",
  entspreche: "entspricht", betreffe: "betrifft", erreiche: "erreicht", reiche: "reicht", bedeute: "bedeutet", beginne: "beginnt", helfe: "hilft",
  gewinne: "gewinnt", leide: "leidet", wirke: "wirkt", verfüge: "verfügt", benötige: "benötigt", setze: "setzt", baue: "baut",
  hinterlasse: "hinterlässt", verstoße: "verstößt", ziehe: "zieht", bringe: "bringt", nenne: "nennt", sorge: "sorgt", prüfe: "prüft",
  stelle: "stellt", folge: "folgt", biete: "bietet", unterstütze: "unterstützt", erfülle: "erfüllt", verlange: "verlangt", treibe: "treibt",
  melde: "meldet", ende: "endet", ändere: "ändert", belege: "belegt", übersteige: "übersteigt", verdiene: "verdient", zwinge: "zwingt",
  herrsche: "herrscht", erzeuge: "erzeugt", ersetze: "ersetzt", teile: "teilt", verlängere: "verlängert", decke: "deckt", spare: "spart",
  // The subjunctive II that stands in for a plural no different from the indicative, and is never anything else.
  stünden: "stehen",
};
// Verbs in "-ieren" are regular: "respektiere" → "respektiert".
const SUBJUNCTIVE_WORD = `(?<![\\p{L}-])(?:${Object.keys(INDICATIVE).join("|")}|\\p{Ll}{3,}iere)(?![\\p{L}-])`;
const SUBJUNCTIVE = new RegExp(SUBJUNCTIVE_WORD, "gu");
const SUBJUNCTIVE_FORMS = new Set(Object.keys(INDICATIVE));
/**
 * SUBJUNCTIVE.test(text) without the pattern's scan (a lookbehind at every position): a match is a
 * whole run of letters and hyphens, so each run is looked up as a word.
 */
function hasSubjunctive(text: string): boolean {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isLetterOrHyphen(text, i);
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      if (isSubjunctiveForm(text.slice(start, i))) return true;
      start = -1;
    }
    // The second half of a letter outside the Basic Multilingual Plane belongs to the run it started.
    if (inWord && isHighSurrogate(text.charCodeAt(i))) i++;
  }
  return false;
}
const isSubjunctiveForm = (word: string) => SUBJUNCTIVE_FORMS.has(word) || (word.length >= 7 && word.endsWith("iere") && LOWER_WORD.test(word));
const LOWER_WORD = /^\p{Ll}+$/u;
const LETTER = /\p{L}/u;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
function isLetterOrHyphen(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 45) return true;
  // A letter outside the Basic Multilingual Plane is read whole, from its first half.
  return isHighSurrogate(code) ? LETTER.test(String.fromCodePoint(text.codePointAt(at)!)) : isLetterCode(code);
}
// "es sei denn", "sei es …", "Gott sei Dank", "wie dem auch sei": set phrases, no reported speech.
function isFixedPhrase(text: string, word: string, at: number): boolean {
  return word === "sei" && (/^\s+(?:denn|es|Dank)(?!\p{L})/u.test(text.slice(at + 3, at + 10)) || /(?:auch|Gott)\s+$/.test(text.slice(Math.max(0, at - 6), at)));
}
// "Ich habe …" is the indicative already: a statement in the first person is left as it is.
const FIRST_PERSON = /(?<!\p{L})[Ii]ch(?!\p{L})/u;

// In the plural, the subjunctive I of "haben" and "werden" looks like the indicative, so reported speech
// takes the subjunctive II instead: "die Mieter hätten sich nicht vertragswidrig verhalten", "die Preise
// würden steigen". With the speaker gone these read "haben", "werden" (not "wir …": that may be a wish).
const PLURAL_SUBSTITUTES = /(?<![\p{L}-])(?:hätten|würden|sollten)(?![\p{L}-])/gu;
// "Dort sollten ab 2027 Fachkräfte ausgebildet werden" in reported speech is what is planned (engine read of stop 34).
const PLURAL_INDICATIVE: Record<string, string> = { hätten: "haben", würden: "werden", sollten: "sollen" };
const FIRST_PERSON_PLURAL = /(?<!\p{L})[Ww]ir(?!\p{L})/u;
// Where the subjunctive II is meant: a condition, a wish, an alternative, a double infinitive
// ("Ohne Hilfe hätten die Firmen schließen müssen").
const COUNTERFACTUAL = /(?<!\p{L})(?:[Oo]hne|[Ww]enn|[Ff]alls|[Ss]onst|[Aa]ndernfalls|gern|lieber|beinahe|fast)(?!\p{L})|(?:müssen|können|sollen|dürfen|wollen|lassen)$/u;

/**
 * `text` with the third-person subjunctive I forms put in the indicative ("sei" → "ist"), and the plural
 * substitutes "hätten", "würden", unless it is in the first person. Only for reported speech whose speaker was taken out.
 */
export function inIndicative(text: string): string {
  if (FIRST_PERSON.test(text)) return text;
  let out = hasSubjunctive(text)
    ? text.replace(SUBJUNCTIVE, (word: string, at: number) => (isFixedPhrase(text, word, at) ? word : (INDICATIVE[word] ?? `${word.slice(0, -1)}t`)))
    : text;
  if ((out.includes("hätten") || out.includes("würden") || out.includes("sollten")) && !FIRST_PERSON_PLURAL.test(out) && !COUNTERFACTUAL.test(out)) out = out.replace(PLURAL_SUBSTITUTES, (word) => PLURAL_INDICATIVE[word]!);
  return out;
}

/** True when German `text` has a third-person subjunctive I form outside the first person: reported speech. */
export function isReportedSpeech(text: string): boolean {
  return hasSubjunctive(text) && !FIRST_PERSON.test(text);
}

// (A substitute is no sign of reported speech alone; "sollten" is also the past of "sollen".)
const SUBSTITUTE = /(?<![\p{L}-])(?:hätten|würden)(?![\p{L}-])/u;
/**
 * True when German `text` reports speech in the plural subjunctive II that stands in for the subjunctive I:
 * "Die Erwartungen hätten sich kaum verändert", "Hitzeperioden würden häufiger" after a speaker was named (engine
 * read of stop 45: such a sentence ended the speaker's reported speech, and every later one lost its claimant).
 */
export function isSubstituteSpeech(text: string): boolean {
  return (text.includes("hätten") || text.includes("würden")) && SUBSTITUTE.test(text) && !FIRST_PERSON.test(text) && !FIRST_PERSON_PLURAL.test(text) && !COUNTERFACTUAL.test(text);
}
