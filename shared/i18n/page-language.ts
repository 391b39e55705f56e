import type { Lang } from "./validation.ts";

/**
 * The cookie that remembers the interface language the user chose (client: the language switch); the
 * server renders the page's <html lang> from it, and the client reads its language from that attribute.
 */
export const LANG_COOKIE = "sp_lang";
export const LANG_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The language a Cookie header chooses: English only when it says so. */
export function langFromCookies(header: string | undefined): Lang {
  const value = (header ?? "").split(";").map((c) => c.trim().split("=")).find(([name]) => name === LANG_COOKIE)?.[1];
  return value === "en" ? "en" : "pl";
}
