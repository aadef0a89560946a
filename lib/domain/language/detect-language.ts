export type ArticleLanguage = "de" | "en";

// Frequent function words that are rare in the other language; enough to tell German from English
// news text apart within a sentence or two. The claim engine may replace this with a fuller detector.
const GERMAN = new Set(
  "der die das und ist nicht ein eine einen dem den des mit von zu auf für sich auch als nach bei wird wurde haben hat sind im zum zur über dass oder aber wie noch nur".split(" "),
);
const ENGLISH = new Set(
  "the and is are was were not a of to on for with that this from by as at be has have had it its which who will would said than".split(" "),
);

export function detectLanguage(text: string, fallback: ArticleLanguage = "en"): ArticleLanguage {
  let german = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) german++;
    if (ENGLISH.has(word)) english++;
  }
  if (/[äöüß]/i.test(text)) german += 2;
  if (german === english) return fallback;
  return german > english ? "de" : "en";
}
