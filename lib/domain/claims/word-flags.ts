// Bits of a word's flags (see word-info.ts); a file of its own so the word lists can name their bit.

export enum Flag {
  Capitalised = 1 << 0,
  DateWord = 1 << 1,
  TitleWord = 1 << 2,
  NumberWord = 1 << 3,
  Place = 1 << 4,
  Organisation = 1 << 5,
  Evaluative = 1 << 6,
  Hedge = 1 << 7,
  FirstPerson = 1 << 8,
  Superlative = 1 << 9,
  Event = 1 << 10,
  Causal = 1 << 11,
  Comparison = 1 << 12,
  Prediction = 1 << 13,
  Acronym = 1 << 14,
  SayVerb = 1 << 15,
  Stance = 1 << 16,
  /** An ASCII digit (every digit of a text is inside one of its words). */
  Digit = 1 << 17,
  /** The first word of a multi-word place or organisation ("New" Delhi, "Vereinte" Nationen). */
  PhraseStart = 1 << 18,
  /** A word the newsletter boilerplate pattern needs ("Newsletter", "abonnieren", "Sign" up …). */
  NewsletterWord = 1 << 19,
  /** A word the cookie and imprint boilerplate pattern needs ("Cookies", "Datenschutz", "rights" …). */
  PrivacyWord = 1 << 20,
  /** A cue word of attribution other than a verb of saying ("laut", "according", "zufolge", "data" …). */
  AttributionCue = 1 << 21,
  /** An article, pronoun, conjunction, preposition or auxiliary, or digits alone: weighed, but no reason a reviewer reads. */
  FunctionWord = 1 << 22,
}
