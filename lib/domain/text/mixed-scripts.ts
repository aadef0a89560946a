// Outlet names that mix alphabets which share look-alike letters within a word ("Вild" with a Cyrillic В) or
// anywhere in a web address ("аррӏе.com"): they read like another outlet's name. A name in one alphabet
// ("Известия", "Καθημερινή"), or with whole words in each ("ΟΔΟΣ News"), is no mix.

const LOOK_ALIKE_SCRIPTS = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
] as const;

export type LookAlikeScript = (typeof LOOK_ALIKE_SCRIPTS)[number][0];

/** The look-alike alphabets a name's letters come from, when there are two or more; otherwise an empty list. */
export function mixedScripts(name: string): LookAlikeScript[] {
  const mixes = WEB_ADDRESS.test(name) || name.split(/[^\p{L}\p{M}]+/u).some((word) => scriptsIn(word).length > 0);
  return mixes ? scriptsIn(name) : [];
}

/** The look-alike alphabets of `text`, when there are two or more. */
function scriptsIn(text: string): LookAlikeScript[] {
  const found = LOOK_ALIKE_SCRIPTS.filter(([, letters]) => letters.test(text)).map(([script]) => script);
  return found.length > 1 ? found : [];
}

/** A name that is a web address: letters, a dot and a top-level domain ("spiegel.de", "аррӏе.com"). */
const WEB_ADDRESS = /\p{L}[\p{L}\p{N}-]*\.\p{L}{2,}(?:$|[/\s])/u;
