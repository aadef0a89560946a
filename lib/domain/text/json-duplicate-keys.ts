// A JSON object that names a key twice is valid to JSON.parse, which keeps the last value: `{"body":"a","body":"b"}`
// stored "b" while a proxy or filter in front may have read "a" (hostile probe of stop 47). Request bodies are
// refused instead, as repeated query parameters are.

/** The first key named twice in one object of valid JSON `text`, or null (one pass; only keys are decoded). */
export function firstRepeatedKey(text: string): string | null {
  // One entry per open object (its keys) or array (null).
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      if (expectKey) {
        // Decoded, so "\u0062ody" is "body".
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const keys = open[open.length - 1]!;
        if (keys.has(key)) return key;
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (code === 123) {
      open.push(new Set());
      expectKey = true;
    } else if (code === 91) {
      open.push(null);
    } else if (code === 125 || code === 93) {
      open.pop();
      expectKey = false;
    } else if (code === 44) {
      expectKey = open[open.length - 1] instanceof Set;
    }
  }
  return null;
}
