import type { Lang } from "@shared/i18n/validation.ts";
import { pl, type Messages } from "./pl.ts";

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
let messages: Messages = pl;

/** Polish comes with the code; the English catalogue is loaded (before the first render) only for an English page. */
export async function loadMessages(): Promise<void> {
  if (lang === "en") messages = (await import("./en.ts")).en;
}
const plurals = new Intl.PluralRules(lang);

function lookup(key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(key: MessageKey, params?: Params): string {
  return fill(lookup(key) as string, params);
}

/** The plural form for `count` ("1 lokal", "3 lokale", "12 lokali"); {count} is filled in. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const forms = lookup(key) as PluralForms;
  const category = plurals.select(count) as keyof PluralForms;
  return fill(forms[category] ?? forms.other, { count, ...params });
}
