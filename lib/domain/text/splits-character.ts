/**
 * True when `offset` falls between the two halves of one character outside the BMP (an emoji, "𠜎"):
 * a span cut there holds half a character, which no database or encoder accepts.
 */
export function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
