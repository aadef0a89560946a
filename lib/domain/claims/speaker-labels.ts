import { PHRASE_OPENERS } from "./lexicon";
import type { Claimant } from "./types";

// Transcripts and interviews name who speaks at the start of a line: "RAMIREZ: Roughly 650,000 Ohioans …",
// "SEN. DAVID MITCHELL (R): Grocery prices are up …", "Neumeyer: Nein, überhaupt nicht." What follows, to the
// end of that paragraph, is that speaker's. A label counts only when the same speaker opens at least two
// lines of the text (a turn taking), so "Fazit: …" or "Update: …" at a line's start names nobody.

export interface SpeakerLabel {
  /** Where the label's text ends (after the colon and the spaces): the turn's words start there. */
  end: number;
  /** Null for the interviewer's turns ("SZ:", "Frage:"): their questions and premises are nobody's claims to check. */
  claimant: Claimant | null;
  /** A label on a line of its own (a parliament's record): the turn runs over paragraphs until the next label. */
  alone?: boolean;
}

const TITLE = "(?:Sen|Rep|Gov|Gen|Dr|Prof|Mr|Mrs|Ms|Frau|Herr|SEN|REP|GOV|GEN|DR|PROF|MR|MRS|MS)\\.?[^\\S\\r\\n]+";
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\r\\n]+\\p{Lu}[\\p{L}'’-]*){0,3}";
// The name, an optional party or role in brackets ("(R)", "(D-Ohio)", "(LISA HANLEY)"), a colon and the turn.
const LABEL = new RegExp(`^[^\\S\\r\\n]*(${TITLE})?(${NAME})(?:\\s+\\([^()\\r\\n]{1,30}\\))?:[^\\S\\r\\n]+(?=\\S)`, "gmu");
// Words that open a line with a colon but are no speaker.
const NOT_SPEAKERS = new Set(
  ("frage antwort update hinweis fazit note quelle quellen source sources foto fotos photo bild video mehr related " +
    "korrektur correction anmerkung disclaimer achtung tipp info stand datum date ort telefon tel fax web kontakt " +
    "pressekontakt email e-mail q a f transcript excerpt summary zusammenfassung breaking watch also ps nb teaser titel " +
    "title thema topic headline kommentar comment analyse analysis meinung opinion exklusiv exclusive live eilmeldung " +
    "warning warnung editor redaktion lesen read hintergrund background credit credits caption changes edit edited posted " +
    "published updated tag tags category share like comments reply location time via image picture pic translation " +
    "translated original text link links url website subject from to sent re fw fwd name address phone mobile dear hi " +
    "hello step notes vorsicht wichtig important attention alert question answer day uhr news fact facts signed just " +
    "veröffentlicht aktualisiert").split(" "),
);
const OPENERS = new Set(PHRASE_OPENERS);
const MIN_TURNS = 2;

/** True when no word of the label is a stop word or opens phrases rather than names ("Zum Vergleich", "Image Credit"). */
const mayName = (name: string) => name.split(/\s+/).every((word) => !NOT_SPEAKERS.has(word.toLowerCase()) && !OPENERS.has(word));

/**
 * A speaker a reader can tell from a heading: named with a title ("SEN. MITCHELL", "Mr Nenshi"), written in
 * capitals as transcripts do (`speakers`: how many different names open lines), or introduced in the text by
 * full name ("Prof. Dr. Claudia Neumeyer" before "Neumeyer:").
 */
function looksLikeSpeaker(text: string, name: string, titled: boolean, speakers: number): boolean {
  if (titled) return true;
  // Capitals: a transcript's turns between several speakers; a short word alone is an acronym ("CNN:", "NSW:").
  if (!/\p{Ll}/u.test(name)) return speakers >= 2 && (name.includes(" ") || name.length >= 5);
  const surname = name.slice(name.lastIndexOf(" ") + 1);
  return new RegExp(`\\p{Lu}[\\p{L}.'’-]*[^\\S\\r\\n]+${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}:])`, "u").test(text);
}

/** The speaker labels of `text` by the offset where each labelled line's text starts; empty when the text takes no turns. */
export function speakerLabels(text: string): Map<number, SpeakerLabel> {
  const labels = new Map<number, SpeakerLabel>();
  if (text.includes("@")) socialPosts(text, labels);
  if (!text.includes(":")) return labels;
  if (text.includes("O-Ton") || text.includes("Sprecher")) broadcastScript(text, labels);
  if (text.includes("):") || text.includes("räsident")) protocolLabels(text, labels);
  const found: { start: number; end: number; name: string; nameStart: number; titled: boolean }[] = [];
  const turns = new Map<string, number>();
  for (const match of text.matchAll(LABEL)) {
    const name = match[2]!;
    if (!mayName(name)) continue;
    const start = match.index + match[0].length - match[0].trimStart().length;
    found.push({ start, end: match.index + match[0].length, name, nameStart: match.index + match[0].indexOf(name), titled: Boolean(match[1]) });
    const key = surname(name);
    turns.set(key, (turns.get(key) ?? 0) + 1);
  }
  // The fullest form of each speaker's name in the text ("ELENA RAMIREZ" for "RAMIREZ:" too).
  const fullest = new Map<string, string>();
  for (const { name } of found) {
    const key = surname(name);
    if (name.length > (fullest.get(key)?.length ?? 0)) fullest.set(key, name);
  }
  // Whether each speaker (by surname) may be one: asked once per speaker, not per turn.
  const speakers = new Map<string, boolean>();
  for (const { name, titled } of found) {
    const key = surname(name);
    if ((turns.get(key) ?? 0) >= MIN_TURNS) speakers.set(key, speakers.get(key) || looksLikeSpeaker(text, name, titled, turns.size));
  }
  for (const { start, end, name, nameStart } of found) {
    const key = surname(name);
    if (!speakers.get(key)) continue;
    labels.set(start, { end, claimant: { text: readable(fullest.get(key)!), start: nameStart, end: nameStart + name.length } });
  }
  if (text.includes("A:") || text.includes("Antwort:") || text.includes("Answer:")) answerTurns(text, labels);
  // An interview's other side: a medium's short name or "Frage:" opening turns between the interviewee's.
  if (labels.size) for (const turn of interviewerTurns(text)) if (!labels.has(turn.start)) labels.set(turn.start, { end: turn.end, claimant: null });
  return labels;
}

// A social-media thread pasted as text: a post's account on a line of its own opens that post ("@RealPatriotDan:",
// "@RealPatriotDan · 2h", "Reply from @DrKateNguyen:", "Antwort von @fakten_check:"). A handle names one account
// unambiguously, so one such line is enough (engine read of stop 44: no post had a claimant); a handle alone on a
// line ("@Laurestar") is a mention, often of whom the post answers, and names nobody.
const SOCIAL_POST = /^[^\S\r\n]*(?:(?:Reply|Replying|Antwort|Repost|Reposted)[^\S\r\n]+(?:from|to|by|von|an)[^\S\r\n]+)?(@[\p{L}\d_]{1,30})(?:[^\S\r\n]*[·•|][^\S\r\n]*[\p{L}\d. ]{1,20}:?|:)[^\S\r\n]*(?:\r?\n|$)/gmu;

/** Each post's account line of a pasted thread, as a speaker label whose turn starts on the line after it. */
function socialPosts(text: string, labels: Map<number, SpeakerLabel>): void {
  for (const match of text.matchAll(SOCIAL_POST)) {
    const start = match.index + match[0].length - match[0].trimStart().length;
    const handle = match[1]!;
    const at = match.index + match[0].indexOf(handle);
    labels.set(start, { end: match.index + match[0].length, claimant: { text: handle, start: at, end: at + handle.length } });
  }
}

// "SZ: …", "SPIEGEL: …", "Frage: …", "Q: …": the interviewer, named by the medium or the role.
const INTERVIEWER = /^[^\S\r\n]*(\p{Lu}{2,12}(?:[^\S\r\n]+\p{Lu}{2,12})?|Frage|F|Q|Interviewer|Question):[^\S\r\n]+(?=\S)/gmu;

/** The interviewer's turns, when one name of them opens at least two lines. */
function interviewerTurns(text: string): { start: number; end: number }[] {
  const turns = [...text.matchAll(INTERVIEWER)];
  const counts = new Map<string, number>();
  for (const turn of turns) counts.set(turn[1]!, (counts.get(turn[1]!) ?? 0) + 1);
  return turns
    .filter((turn) => counts.get(turn[1]!)! >= MIN_TURNS)
    .map((turn) => ({ start: turn.index + turn[0].length - turn[0].trimStart().length, end: turn.index + turn[0].length }));
}

const surname = (name: string) => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();

/** "ELENA RAMIREZ" → "Elena Ramirez": a name in capitals written as a name. */
function readable(name: string): string {
  return name.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

// A broadcaster's script: "O-Ton Bundesfinanzminister: „Wir halten die Schuldenbremse ein …“" is the one named after
// "O-Ton" speaking; "Sprecherin:", "Sprecher (Bericht):" the newsreader, the broadcaster's own words (engine read of stop
// 45: the labels stayed in the wordings and the soundbites had no claimant). One line is enough: the words are the genre's.
const BROADCAST = /^[^\S\r\n]*(?:O-Ton[^\S\r\n]+([^:\r\n()]{2,60}?)|(?:Sprecher|Sprecherin|Moderator|Moderatorin|Reporter|Reporterin|Off-Sprecher|Off-Sprecherin))(?:[^\S\r\n]*\([^()\r\n]{1,30}\))?:[^\S\r\n]+(?=\S)/gmu;

function broadcastScript(text: string, labels: Map<number, SpeakerLabel>): void {
  for (const match of text.matchAll(BROADCAST)) {
    const start = match.index + match[0].length - match[0].trimStart().length;
    const speaker = match[1]?.trim();
    const at = speaker ? match.index + match[0].indexOf(speaker) : -1;
    labels.set(start, { end: match.index + match[0].length, claimant: speaker ? { text: speaker, start: at, end: at + speaker.length } : null });
  }
}

// "Q: … A: …", "Frage: … Antwort: …": the answers are the interviewee's, named in the heading ("Interview with Fatih Birol",
// "Im Gespräch mit …") or addressed in a question ("Q: Dr. Birol, …"). Engine read of stop 46: no answer had a claimant.
const ANSWER = /^[^\S\r\n]*(?:A|Antwort|Answer):[^\S\r\n]+(?=\S)/gmu;
const INTERVIEWEE = /(?:[Ii]nterview|[Gg]espräch|[Cc]onversation|Q&A)[^\S\r\n]+(?:with|mit)[^\S\r\n]+(?:(?:dem|der|the)[^\S\r\n]+)?(?:\p{Ll}[\p{L}-]*[^\S\r\n]+){0,3}?((?:Dr\.[^\S\r\n]+|Prof\.[^\S\r\n]+)?\p{Lu}[\p{L}'’-]+(?:[^\S\r\n]+\p{Lu}[\p{L}'’-]+){1,2})/u;
const ADDRESSED = /^[^\S\r\n]*(?:Q|F|Frage|Question):[^\S\r\n]+(?:Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau)[^\S\r\n]+(\p{Lu}[\p{L}'’-]+),/mu;

function answerTurns(text: string, labels: Map<number, SpeakerLabel>): void {
  const answers = [...text.matchAll(ANSWER)];
  if (answers.length < MIN_TURNS) return;
  const named = INTERVIEWEE.exec(text) ?? ADDRESSED.exec(text);
  if (!named) return;
  const name = named[1]!.replace(/^(?:Dr|Prof)\.\s+/u, "");
  const at = named.index + named[0].lastIndexOf(name);
  for (const answer of answers) {
    const start = answer.index + answer[0].length - answer[0].trimStart().length;
    if (!labels.has(start)) labels.set(start, { end: answer.index + answer[0].length, claimant: { text: name, start: at, end: at + name.length } });
  }
}

// A parliament's record: "Dr. Anja Weisgerber (CDU/CSU):" or "Vizepräsidentin Petra Pau:" on a line of its own, the speech
// in the paragraphs under it until the next such line (engine read of stop 46: none of a speech's figures had a claimant,
// and the labels were claims). A party in brackets or a chair's or a government's office makes the line a label.
const PROTOCOL_LABEL =
  /^[^\S\r\n]*((?:(?:Vize|Alters)?[Pp]räsident(?:in)?|Bundesminister(?:in)?(?:[^\S\r\n]+(?:für|der|des)[^\S\r\n][^:\r\n()]{1,60}?)?|Staatssekretär(?:in)?|Parl\.[^\S\r\n]+Staatssekretär(?:in)?|Speaker|Deputy Speaker|The Speaker)[^\S\r\n]+)?((?:(?:Dr|Prof)\.[^\S\r\n]+)*)(\p{Lu}[\p{L}'’-]+(?:[^\S\r\n]+(?:von|van|de|zu|der)?[^\S\r\n]*\p{Lu}[\p{L}'’-]+){1,3})(?:[^\S\r\n]*\((\p{Lu}[^()\r\n]{1,29})\))?[^\S\r\n]*:[^\S\r\n]*(?=\r?\n)/gmu;

function protocolLabels(text: string, labels: Map<number, SpeakerLabel>): void {
  // A record takes turns: one such line alone ("Designated Agent(s):" in a form) is no label.
  const found = [...text.matchAll(PROTOCOL_LABEL)].filter((match) => match[1] || match[4]);
  if (found.length < MIN_TURNS) return;
  for (const match of found) {
    const start = match.index + match[0].length - match[0].trimStart().length;
    const name = match[3]!;
    const at = match.index + match[0].indexOf(name, match[0].length - match[0].trimStart().length + (match[1]?.length ?? 0));
    labels.set(start, { end: match.index + match[0].length, claimant: { text: name, start: at, end: at + name.length }, alone: true });
  }
}
