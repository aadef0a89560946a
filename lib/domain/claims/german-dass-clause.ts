import { verbSecond } from "./german-word-order";
import type { Entity } from "./types";

// "Der Stadtrat teilte am Montag mit, dass die Arbeitslosigkeit auf 4,2 Prozent gesunken sei.": a German speaker
// before a "dass" clause. The clause puts its finite verb last; on its own, as the claim, the verb goes back after
// the subject ("Die Arbeitslosigkeit sei auf 4,2 Prozent gesunken", then in the indicative). Engine read and page
// walk of stop 43: such sentences got no wording of their own. Only simple clauses: a finite verb it knows at the end,
// a subject German word order can find (german-word-order.ts), no comma (a clause inside the clause keeps the sentence whole).

const SAY_BEFORE_DASS = new RegExp(
  "^(?<speaker>[^,]{1,100}?)\\s(?:sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|erklären|betonte|betonten|betont|betonen|" +
    "warnte|warnten|warnt|warnen|kritisierte|kritisierten|kritisiert|kritisieren|bemängelte|bemängelten|bemängelt|bemängeln|" +
    "berichtete|berichteten|berichtet|bestätigte|bestätigten|bestätigt|schrieb|schrieben|schreibt|" +
    "teilten?(?:\\s[^,]{1,50})?\\smit|gaben?(?:\\s[^,]{1,50})?\\sbekannt)(?:\\s(?:am|im|in|auf|bei|vor|gegenüber|nach|zudem|außerdem|auch|bereits)\\s?[^,]{0,50})?,\\s+dass\\s+(?<clause>(?:[^,]|,(?=\\d))+?)[.!]?$",
  "u",
);

// Finite verbs a "dass" clause may end on: the indicative and the reported speech's subjunctive of the common verbs.
const CLAUSE_FINAL_VERBS = new Set(
  ("ist sind war waren sei seien wäre wären hat haben hatte hatten habe hätte hätten wird werden werde würde würden wurde wurden " +
    "kann können könne könnte könnten muss müssen müsse soll sollen solle will wollen wolle darf dürfe dürfen " +
    "liegt liegen liege lag lagen gibt gebe gab steigt steige stieg stiegen sinkt sinke sank sanken fällt falle fiel fielen " +
    "wächst wachse wuchs bleibt bleibe bleiben blieb kostet koste kosten kostete").split(" "),
);

/** The speaker's words before "dass" and the clause as a sentence, when the sentence has that simple form; else null. */
export function dassClauseAsSentence(text: string, entities: Entity[]): { speaker: string; sentence: string } | null {
  if (!text.includes(" dass ")) return null;
  const match = SAY_BEFORE_DASS.exec(text);
  const clause = match?.groups?.clause;
  if (!match || !clause) return null;
  const words = clause.split(" ");
  const verb = words.at(-1)!;
  if (words.length < 3 || !CLAUSE_FINAL_VERBS.has(verb)) return null;
  // The verb in front, then German word order puts the subject (or a time or place) back before it.
  const sentence = verbSecond([verb, ...words.slice(0, -1)].join(" "), entities);
  if (!sentence) return null;
  return { speaker: match.groups!.speaker!, sentence: sentence[0]!.toUpperCase() + sentence.slice(1) };
}
