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
