import { Parser } from "htmlparser2";

/** Deeper than any real article page (browsers' parsers stop nesting at 512): refused before a DOM is built. */
export const MAX_HTML_DEPTH = 256;

const TOO_DEEP = Symbol("too deep");

/**
 * Whether an HTML page nests elements deeper than `limit`, found with the streaming tokenizer that
 * linkedom builds its DOM with (same implied closes, so the same depth), in one linear pass that stops
 * at the first element past the limit. Readability and the DOM recurse per level: a few thousand
 * levels cost minutes, a hundred thousand overflow the stack.
 */
export function nestsDeeperThan(html: string, limit = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      if (++depth > limit) throw TOO_DEEP;
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.write(html);
    parser.end();
    return false;
  } catch (error) {
    if (error === TOO_DEEP) return true;
    throw error;
  }
}
