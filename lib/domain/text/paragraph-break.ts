/** A blank line (spaces and tabs aside) between two pieces of text: where a paragraph ends. */
export const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
