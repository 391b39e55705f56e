import type { PageInfo } from "@shared/contracts/common.ts";
import type { z } from "zod";

/** What every list's query carries (shared/contracts `Paging`): 1-based page and its size. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** The rows of one page, for Prisma's `skip` and `take`. */
export function pageWindow({ page, pageSize }: PageRequest): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** The `page` member of every list's answer. */
export function pageInfo({ page, pageSize }: PageRequest, total: number): z.infer<typeof PageInfo> {
  return { page, pageSize, total, pages: Math.ceil(total / pageSize) };
}

/** One page of a list: its items, mapped, and where it sits in the whole. */
export function pageOf<Row, Item>(query: PageRequest, result: { total: number; rows: Row[] }, toItem: (row: Row) => Item) {
  return { items: result.rows.map(toItem), page: pageInfo(query, result.total) };
}
