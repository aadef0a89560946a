import { continents, countries } from "countries-list";
import english from "i18n-iso-countries/langs/en.json";
import german from "i18n-iso-countries/langs/de.json";
import { iso31662 } from "iso-3166";

// Places from maintained data rather than a hand list: every country's English and German names
// (i18n-iso-countries, MIT), every capital, short or former name and continent in English (countries-list, MIT), and the
// states, Länder and provinces of the countries whose ISO 3166-2 names (iso-3166, MIT) are the ones
// English and German news write (not transliterations such as "Moskovskaya oblast'"). German
// names of capitals and continents have no maintained source we ship, so the few that differ from
// the English spelling are written here — the capitals of the world's most populous and most
// reported-on countries, not the places of any one article.

const GERMAN_CAPITALS_AND_CONTINENTS =
  "Europa Asien Afrika Nordamerika Südamerika Australien Ozeanien Antarktis Moskau Peking Neu-Delhi Kiew Warschau Rom " +
  "Wien Brüssel Prag Athen Lissabon Kopenhagen Bukarest Belgrad Sofia Teheran Kairo Damaskus Bagdad Tokio Seoul Riad " +
  "Washington Mexiko-Stadt Brasília Ottawa Canberra Pretoria Nikosia Valletta Luxemburg Bern";

type CountryNames = { countries: Record<string, string | string[]> };

// Other countries' subdivisions are left out: transliterated names news never uses (Russia, Japan),
// or ordinary words among them (the Swiss canton of Zug is German for "train").
const SUBDIVIDED_COUNTRIES = new Set(["DE", "AT", "US", "CA", "AU", "IN"]);
const UK_NATIONS = new Set(["GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"]);

/** Every spelling of every place, as written (case matters: "Chad" the country, not a word). */
export const PLACE_NAMES: string[] = (() => {
  const names = new Set<string>();
  for (const file of [english as CountryNames, german as CountryNames]) {
    for (const value of Object.values(file.countries)) for (const name of [value].flat()) names.add(name);
  }
  for (const country of Object.values(countries)) {
    if (country.capital) for (const capital of country.capital.split(",")) names.add(capital.trim());
    names.add(country.name);
    // Short and former names ("Britain", "UK", "US", "America", "Burma", "Holland").
    for (const alias of (country as { alias?: string[] }).alias ?? []) names.add(alias);
  }
  for (const name of Object.values(continents)) names.add(name);
  for (const { code, name, parent } of iso31662) {
    if (!SUBDIVIDED_COUNTRIES.has(parent) && !UK_NATIONS.has(code)) continue;
    names.add(name);
    // "Mahārāshtra" is written "Maharashtra" in news.
    names.add(name.normalize("NFD").replace(/\p{M}/gu, ""));
  }
  for (const name of GERMAN_CAPITALS_AND_CONTINENTS.split(" ")) names.add(name);
  names.add("Den Haag");
  // Names with commas or brackets ("Korea, Republic of") are list forms, never written in text.
  return [...names].filter((name) => name && !/[,()]/.test(name));
})();

/** One-word places. */
export const PLACES = new Set(PLACE_NAMES.filter((name) => !/\s/.test(name)));

/** Multi-word places by their first word: "New" → [["Delhi"], ["York"], ["Zealand"]]. */
export const PLACE_PHRASES = new Map<string, string[][]>();
for (const name of PLACE_NAMES) {
  const [first, ...rest] = name.split(/\s+/);
  if (!rest.length || !first) continue;
  PLACE_PHRASES.set(first, [...(PLACE_PHRASES.get(first) ?? []), rest]);
}
