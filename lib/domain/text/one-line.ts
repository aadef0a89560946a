/** `text` on one line: a run of whitespace with a line break or a tab in it becomes one space (words wrapped in a pasted text). */
export const oneLine = (text: string) => (/[^\S ]/.test(text) ? text.replace(/\s+/g, " ") : text);
