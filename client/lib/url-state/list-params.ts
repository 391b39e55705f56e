import { SORTS } from "@shared/contracts/premises.ts";

export type Sort = (typeof SORTS)[number];

export interface ListParams {
  sort: Sort;
  page: number;
  /** The list shows the whole city instead of only what the map shows. */
  wholeCity: boolean;
}

export function readListParams(params: URLSearchParams): ListParams {
  const sort = SORTS.find((s) => s === params.get("sort")) ?? "code";
  const page = Number(params.get("page") ?? "1");
  return { sort, page: Number.isInteger(page) && page >= 1 ? page : 1, wholeCity: params.get("scope") === "all" };
}

export function withListParams(current: URLSearchParams, changes: Partial<ListParams>): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (name: string, value: string | null) => (value === null ? next.delete(name) : next.set(name, value));
  if (changes.sort !== undefined) set("sort", changes.sort === "code" ? null : changes.sort);
  if (changes.page !== undefined) set("page", changes.page === 1 ? null : String(changes.page));
  if (changes.wholeCity !== undefined) set("scope", changes.wholeCity ? "all" : null);
  return next;
}
