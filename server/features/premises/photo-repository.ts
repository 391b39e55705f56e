import { thumbnailUrl, type PremisesPhoto } from "@shared/contracts/premises.ts";
import type { DbTx } from "@server/lib/db.ts";

/** The first photo (the oldest: the one the officer put first) of each of the premises, for the catalogue list. */
export async function firstPhotos(db: DbTx, premisesIds: string[]): Promise<Map<string, PremisesPhoto>> {
  if (premisesIds.length === 0) return new Map();
  const rows = await db.premisesFile.findMany({
    where: { premisesId: { in: premisesIds }, kind: "photo" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, premisesId: true, alt: true },
  });
  const first = new Map<string, PremisesPhoto>();
  for (const row of rows) if (!first.has(row.premisesId)) first.set(row.premisesId, { url: `/api/files/${row.id}`, thumbnailUrl: thumbnailUrl(row.id), alt: row.alt });
  return first;
}
