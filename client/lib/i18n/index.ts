import type { Lang } from "@shared/i18n/validation.ts";
import type { FeatureMessages } from "./pl-features.ts";
import { pl, type HomeMessages, type Messages } from "./pl.ts";

type PluralForms = { one: string; few: string; many: string; other: string };
type Params = Record<string, string | number>;

type Join<K extends string, Rest extends string> = `${K}.${Rest}`;
type KeysOf<T, Wanted> = {
  [K in keyof T & string]: T[K] extends Wanted ? K
    : T[K] extends string | PluralForms ? never
    : Join<K, KeysOf<T[K], Wanted>>;
}[keyof T & string];

/** "list.heading", "condition.good", …: every string of the catalogue. */
export type MessageKey = KeysOf<Messages, string>;
/** "list.found", …: the entries with plural forms. */
export type PluralKey = KeysOf<Messages, PluralForms>;

/** The page language comes from <html lang>, so the server-rendered shell and the client agree. */
export const lang: Lang = document.documentElement.lang.startsWith("en") ? "en" : "pl";
/** The home page's strings (Polish with the code, English once loaded) and the feature pages' when loaded. */
let homeMessages: HomeMessages = pl;
let featureStrings: FeatureMessages | undefined;
let messages: Partial<Messages> = pl;

/** Either catalogue may arrive first (a feature page's strings start loading with the entry, app/router.tsx). */
function merge(): void {
  messages = { ...homeMessages, ...featureStrings };
}

/** Polish comes with the code; the English home page strings are loaded before the first render, only for an English page. */
export async function loadMessages(): Promise<void> {
  if (lang !== "en") return;
  homeMessages = (await import("./en.ts")).en;
  merge();
}

let featureMessages: Promise<void> | undefined;

/**
 * The strings of the pages other than the catalogue, in the page's language (a chunk of their own): every
 * such page's code is loaded only once this has resolved (app/router.tsx), so its `t()` finds its keys,
 * even at module level.
 */
export function loadFeatureMessages(): Promise<void> {
  featureMessages ??= (lang === "en" ? import("./en-features.ts").then((m) => m.enFeatures) : import("./pl-features.ts").then((m) => m.plFeatures))
    .then((strings) => {
      featureStrings = strings;
      merge();
    });
  return featureMessages;
}

const plurals = new Intl.PluralRules(lang);

/**
 * A key with no string (its catalogue not loaded yet, or a bad dynamic key) is reported on the console,
 * where the e2e tests look for it (tests/e2e/missing-texts.ts) and fail, and shown as the key itself:
 * the user sees a wrong word, not a crashed page.
 */
function missing(key: string): string {
  console.error(`[i18n] missing text: ${key}`);
  return key;
}

function lookup(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Params): string {
  const template = lookup(key);
  return typeof template === "string" ? fill(template, params) : missing(key);
}

/** The plural form for `count` ("1 lokal", "3 lokale", "12 lokali"); {count} is filled in. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const forms = lookup(key) as PluralForms | undefined;
  if (typeof forms?.other !== "string") return missing(key);
  const category = plurals.select(count) as keyof PluralForms;
  return fill(forms[category] ?? forms.other, { count, ...params });
}
