// How hard a new password is to guess, estimated by zxcvbn (pattern matching over dictionaries of
// common and published passwords, Polish and English words and names, keyboard walks, dates, l33t).
// Server only: the dictionaries are megabytes, far too much for the client's bundle, which checks the
// length alone (shared/domain/password.ts).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as pl from "@zxcvbn-ts/language-pl";
import type { Lang } from "@shared/i18n/validation.ts";
import type { FieldError } from "../errors.ts";

// The words of this service and the password printed in its README: the first an attacker of this
// site tries, so a password built on them is weak however long it is.
const SITE_WORDS = [
  "demo", "krakow", "kraków", "cracow", "lokal", "lokale", "lokaleuzytkowe", "premises", "social", "socialpremises",
  "urzad", "urząd", "urzednik", "urzędnik", "fundacja", "stowarzyszenie", "spoldzielnia", "spółdzielnia", "zbk",
  "ekonomia", "haslo", "hasło", "Demo-Krakow-2026!", "correct horse battery staple", "correcthorsebatterystaple",
];

// Guesses below 10^10 (zxcvbn's score 3 or less) are within reach of an offline attack on a stolen
// hash table, even with argon2.
const MIN_SCORE = 4;
// Long inputs and many l33t characters make the matching slow (seconds for 64 characters of "a1!"):
// the first 48 characters and 8 substitutions keep one estimate near a quarter of a second at worst.
const MAX_ESTIMATED_LENGTH = 48;
const MAX_L33T_SUBSTITUTIONS = 8;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use (about half a second: the dictionaries are ranked), then kept. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...pl.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: MAX_ESTIMATED_LENGTH,
    l33tMaxSubstitutions: MAX_L33T_SUBSTITUTIONS,
  });
  return estimator;
}

/** "Brzęczyszczykiewicz" is typed "Brzeczyszczykiewicz" just as often. */
function withoutDiacritics(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L");
}

type Section = "warnings" | "suggestions";

/** Without translations zxcvbn answers with keys; each is told in Polish (English when asked). */
function translate(section: Section, key: string, lang: Lang): string {
  const tables = lang === "pl" ? [pl.translations, en.translations] : [en.translations];
  for (const table of tables) {
    const text = (table[section] as Record<string, string | undefined>)[key];
    if (text) return text;
  }
  return key;
}

const WEAK: Record<Lang, string> = {
  pl: "Hasło jest zbyt łatwe do odgadnięcia.",
  en: "The password is too easy to guess.",
};
const ADVICE: Record<Lang, string> = {
  pl: "Użyj np. czterech niepowiązanych słów, których nie ma w tym serwisie ani w Twoich danych.",
  en: "Use e.g. four unrelated words that are neither in this service nor in your details.",
};

/**
 * Null when the password is hard enough to guess, else the field error for `field` with the
 * estimator's warning and suggestions in Polish and English. `personal` are the account's own details
 * (e-mail, name), which make a password weak when it is built on them.
 */
export function weakPasswordError(password: string, personal: readonly string[], field = "password"): FieldError | null {
  const personalWords = personal.flatMap((p) => [p, ...p.split(/[^\p{L}\p{N}]+/u)])
    .flatMap((w) => [w, withoutDiacritics(w)]).filter((w) => w.length >= 3);
  // The words given here replace the user-input dictionary, so the site's words go with them.
  const result = zxcvbn().check(password, [...SITE_WORDS, ...personalWords]);
  if (result.score >= MIN_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  const say = (lang: Lang) => [
    WEAK[lang],
    ...(warning ? [translate("warnings", warning, lang)] : []),
    ...suggestions.map((s) => translate("suggestions", s, lang)),
    ...(suggestions.length ? [] : [ADVICE[lang]]),
  ].join(" ");
  return { field, code: "password.weak", message: { pl: say("pl"), en: say("en") } };
}
