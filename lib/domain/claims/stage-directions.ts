// A transcript's stage directions: "[CHEERS] That didn't happen by accident.", "[APPLAUSE]", "(Beifall bei der SPD)".
// Unicode's rules keep them with the sentence after them, where they read as part of the claim and "CHEERS" as an
// organisation (engine read of stop 45). They are units of their own, and boilerplate.
// ("(Beifall bei der SPD)", "[Crowd: Yes!]": a direction may say whose.) Any case for these words; other words only in capitals.
const NAMED = ["applause", "cheers", "cheering", "laughter", "booing", "boos", "crosstalk", "inaudible", "crowd", "music", "silence", "beifall", "applaus", "lachen", "heiterkeit", "zwischenruf", "zwischenrufe", "zuruf", "zurufe", "widerspruch", "unruhe"];
const WORDS = `(?:${NAMED.map((word) => `${word}|${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()}`).join("|")})(?:[\\s:][^\\]\\)]{0,160})?`;
const DIRECTION = `(?:\\[(?:${WORDS}|[A-Z][A-Z !:'’-]{1,30})\\]|\\((?:${WORDS})\\))`;
const DIRECTION_THEN_TEXT = new RegExp(`${DIRECTION}[^\\S\\n]+(?=\\S)`, "gu");

/** A stage direction alone: boilerplate. */
export const STAGE_DIRECTION = new RegExp(`^${DIRECTION}$`, "u");

/** Offsets in `line` where a sentence starts right after a stage direction. */
export function afterStageDirections(line: string): number[] {
  const starts: number[] = [];
  for (const match of line.matchAll(DIRECTION_THEN_TEXT)) starts.push(match.index + match[0].length);
  return starts;
}
