// Outlet names that mix alphabets which share look-alike letters ("Вild" with a Cyrillic В, "аррӏе.com"):
// they read like another outlet's name. A name in one alphabet ("Известия", "Καθημερινή") is no mix.

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
  const found = LOOK_ALIKE_SCRIPTS.filter(([, letters]) => letters.test(name)).map(([script]) => script);
  return found.length > 1 ? found : [];
}
