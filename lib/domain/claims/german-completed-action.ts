import type { Token } from "./tokens";
import { Flag } from "./word-flags";

// German news reports what happened in the perfect, the passive or the past of a separable verb, and the
// verb that says what happened stands at the clause's end: "Die Staatsanwaltschaft hat Ermittlungen
// aufgenommen.", "Der Täter wurde festgenommen.", "Der Bundestag stimmte dem Gesetz zu." The event word
// list cannot hold every verb (such sentences scored 0 with no figure in them: engine read of stop 45),
// so the shape of the clause is the signal.

const HABEN = new Set(["hat", "haben", "hatte", "hatten"]);
const SEIN = new Set(["ist", "sind", "war", "waren"]);
const WERDEN = new Set(["wurde", "wurden", "worden"]);

// "aufgenommen", "festgenommen", "gestiegen", "geöffnet": ge- with an optional separable prefix.
const GE_PARTICIPLE = /^(?:ab|an|auf|aus|bei|ein|fest|frei|los|mit|nach|vor|weg|zu|zurück|zusammen|hoch|fort|durch|um|wieder|bekannt)?ge\p{Ll}{2,}(?:t|en)$/u;
// "verkauft", "entlassen", "bestätigt", "übernommen": an inseparable prefix has no ge-.
const PREFIX_PARTICIPLE = /^(?:be|ver|er|ent|zer|emp|miss|über|unter|hinter)\p{Ll}{3,}(?:t|en)$/u;
// "kritisiert", "informiert", "reformiert".
const IERT_PARTICIPLE = /^\p{Ll}{3,}iert$/u;

// The particle of a separable verb closing the clause after the past of its verb: "nahm … fest", "lehnte … ab".
const CLOSING_PARTICLES = new Set(["ab", "an", "auf", "ein", "fest", "zu", "zurück", "vor", "fort", "bei"]);
const STRONG_PAST = new Set(
  ("nahm nahmen trat traten wies wiesen gab gaben rief riefen hielt hielten schlug schlugen zog zogen stieg stiegen " +
    "brach brachen setzte setzten sprach sprachen schloss schlossen stellte stellten legte legten").split(" "),
);
const NEGATIONS = new Set(["nicht", "nie", "niemals"]);
// "stimmte", "meldeten"; not "treten" or "halten", whose -ten is the infinitive's.
const WEAK_PAST = /^\p{Ll}{3,}(?:te|eten)$/u;
// "ist … geworden" and "ist … gewesen" link a description, they report no event.
const LINKING = new Set(["geworden", "gewesen", "geblieben"]);

/** The word that says what happened, when the clause reports a completed action by its shape; else null. */
export function germanCompletedAction(text: string, tokens: Token[], offset: number): string | null {
  let auxiliary: Set<string> | null = null;
  let verb: Token | null = null; // the auxiliary or the past of the separable verb, for the reason's words
  let past: Token | null = null;
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.info.lower;
    if (HABEN.has(lower)) [auxiliary, verb] = [HABEN, token];
    else if (SEIN.has(lower)) [auxiliary, verb] = [auxiliary === WERDEN ? WERDEN : SEIN, token];
    else if (WERDEN.has(lower)) [auxiliary, verb] = [WERDEN, verb ?? token];
    else if (!past && i > 0 && i < 6 && token.text === lower && (STRONG_PAST.has(lower) || WEAK_PAST.test(lower))) past = token;
    if (NEGATIONS.has(lower)) negated = true;
    if (!closesClause(text, token.end - offset)) continue;
    // "Einzelheiten wurden nicht genannt": what did not happen is no report of an event; "zu verlieren" is no participle.
    if (!negated && token.text === lower && tokens[i - 1]?.info.lower !== "zu") {
      // "ist … festgenommen worden": the participle stands before "worden".
      // (Without an auxiliary before it, "worden" is the verb itself: "festgestellt worden", not "worden … worden".)
      if (lower === "worden" && verb && isParticiple(tokens[i - 1]!.info.lower, WERDEN)) return verb === token ? phrase(tokens[i - 1]!, token) : phrase(verb, tokens[i - 1]!, token);
      if (auxiliary && verb && isParticiple(lower, auxiliary)) return phrase(verb, token);
      // ("räumte … ein", "kündigte … an": saying something is reported speech, not an event: engine read of stop 47.)
      if (past && CLOSING_PARTICLES.has(lower) && !(past.info.flags & Flag.SayVerb)) return phrase(past, token);
    }
    // The clause ended without either: the next one starts afresh ("…, sagte er").
    [auxiliary, verb, past, negated] = [null, null, null, false];
  }
  return null;
}

/** "hat … aufgenommen", "nahm … fest", "wurde festgenommen". */
function phrase(first: Token, ...rest: Token[]): string {
  let words = first.text;
  let end = first.end;
  for (const token of rest) {
    words += token.start - end > 1 ? ` … ${token.text}` : ` ${token.text}`;
    end = token.end;
  }
  return words;
}

function isParticiple(word: string, auxiliary: Set<string>): boolean {
  if (LINKING.has(word)) return false;
  // "ist gestiegen", but not "ist geeignet" or "ist bekannt": with "sein" an adjective ends in -t as often.
  if (auxiliary === SEIN) return word.endsWith("en") && (GE_PARTICIPLE.test(word) || PREFIX_PARTICIPLE.test(word));
  return GE_PARTICIPLE.test(word) || PREFIX_PARTICIPLE.test(word) || IERT_PARTICIPLE.test(word);
}

/** Whether the clause ends after `index`: a comma, a sentence mark or the text's end (closing quotes aside). */
function closesClause(text: string, index: number): boolean {
  while (index < text.length && /["“”»«’)\s]/u.test(text[index]!)) index++;
  return index >= text.length || ",;:.!?–".includes(text[index]!);
}
