import type { Db, DbTx } from "@server/lib/db.ts";

/** What the public exports publish: every premises but the withdrawn ones (no longer offered). */
const published = { status: { not: "withdrawn" } } as const;

export function countPublishedPremises(db: DbTx): Promise<number> {
  return db.premises.count({ where: published });
}

/** The published premises in inventory-code order, a keyset page at a time (the event loop breathes in between). */
export async function* publishedPremises(db: Db, batchSize = 500) {
  let after: string | undefined;
  for (;;) {
    const rows = await db.premises.findMany({
      where: after === undefined ? published : { ...published, inventoryCode: { gt: after } },
      include: { uses: { select: { use: true } } },
      orderBy: { inventoryCode: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.inventoryCode;
  }
}
