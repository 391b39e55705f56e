import { thumbnailUrl, type PremisesListQuery, type PremisesPage } from "@shared/contracts/premises.ts";
import type { Db } from "@server/lib/db.ts";
import { pageInfo, pageOf } from "@server/lib/paging.ts";
import { listPremisesSql } from "./list-repository.ts";
import { toSummary } from "./mapper.ts";
import { firstPhotos } from "./photo-repository.ts";
import { listPremises } from "./repository.ts";

// A withdrawn premises' files are the staff's only (GET /api/files/{fileId}): the list offers none.

/** GET /api/premises: one statement of our own (list-repository.ts). */
export async function premisesPage(db: Db, query: PremisesListQuery): Promise<PremisesPage> {
  const { total, rows } = await listPremisesSql(db, query);
  const items = rows.map((row) => ({
    ...toSummary(row),
    photo: row.status === "withdrawn" || row.photoId === null ? null : { url: `/api/files/${row.photoId}`, thumbnailUrl: thumbnailUrl(row.photoId), alt: row.photoAlt ?? "" },
  }));
  return { items, page: pageInfo(query, total) };
}

/** The same page through Prisma's queries: what premisesPage must answer (tests/api/premises-list-sql.test.ts). */
export async function premisesPageByPrisma(db: Db, query: PremisesListQuery): Promise<PremisesPage> {
  const page = pageOf(query, await listPremises(db, query), toSummary);
  const photos = await firstPhotos(db, page.items.map((p) => p.id));
  const photo = (p: (typeof page.items)[number]) => (p.status === "withdrawn" ? null : photos.get(p.id) ?? null);
  return { ...page, items: page.items.map((p) => ({ ...p, photo: photo(p) })) };
}
