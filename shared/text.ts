/** Lower case without Polish diacritics, so "Łobzowska" matches "lobzow" on every database. */
export function normalizeSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// SQL LIKE reads % and _ as wildcards (and PostgreSQL \ as its escape), and Prisma's `contains` passes
// them through: each becomes a look-alike that LIKE takes literally, in the stored text and the query.
const LIKE_LITERAL: Record<string, string> = { "%": "\uff05", _: "\uff3f", "\\": "\uff3c" };

/** The form of a text that searches compare (`contains`): normalizeSearch, without LIKE wildcards. */
export function searchKey(text: string): string {
  return normalizeSearch(text).replace(/[%_\\]/g, (c) => LIKE_LITERAL[c] ?? c);
}
