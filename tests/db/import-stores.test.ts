import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@fixtures/import/make.ts";
import { findPremises, insertPremisesRows, toDetail } from "@server/features/premises/index.ts";
import { openImportStore, type ImportStore } from "@server/features/premises-register/bulk.ts";
import { duplicateCodeError } from "@server/features/premises-register/service.ts";
import type { PremisesInput } from "@shared/contracts/premises.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import { createDb, type DbTx } from "@server/lib/db.ts";
import { AppError } from "@server/lib/errors.ts";
import { createTestDatabaseUrl } from "@tests/support/test-app.ts";
import { testDatabaseProvider } from "@tests/support/test-databases.ts";

// The import's bulk SQL of its own (bulk.ts: prepared statements into a staging table on SQLite, JSON
// rows on PostgreSQL) writes exactly what the Prisma path writes, holds no other writer while the file
// is read, and a code taken meanwhile is a 409, on either database.

let store: ImportStore;
let databaseUrl: string;
let drop: () => Promise<void>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "sp-import-stores-"));
  const made = await createTestDatabaseUrl(dir);
  drop = made.drop;
  databaseUrl = made.databaseUrl;
  store = await openImportStore(databaseUrl);
});
afterAll(async () => {
  await store.db.$disconnect();
  await drop();
  rmSync(dir, { recursive: true, force: true });
});

/** What the register shows for a code, without what differs by nature (id, timestamps). */
async function shown(code: string) {
  const row = await store.db.premises.findUniqueOrThrow({ where: { inventoryCode: code }, select: { id: true } });
  const { id: _id, updatedAt: _u, inventoryCode: _code, ...rest } = toDetail((await findPremises(store.db, row.id))!);
  return rest;
}

/**
 * An import's writing as importer.ts does it: `during` runs while the rows are staged (for a staged
 * store outside any transaction, else inside the import's), then they are published in one transaction.
 */
async function importing(records: PremisesInput[], during: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  const publish = (tx: DbTx) => onUniqueViolation(() => store.publish(tx), duplicateCodeError);
  if (store.writes === "in-transaction") {
    await onUniqueViolation(() => store.db.$transaction(async (tx) => {
      await store.stage(tx, records);
      await during();
      await publish(tx);
    }), duplicateCodeError);
    return;
  }
  try {
    await store.stage(store.db, records);
    await during();
    await store.db.$transaction(publish);
  } finally {
    await store.discard();
  }
}

describe(`the import's bulk statements on ${testDatabaseProvider()}`, () => {
  it("store the same premises, every field and use, as the Prisma path", async () => {
    const records = importRecords(60, 5, "STORE");
    await importing(records);
    await store.db.$transaction((tx) => insertPremisesRows(tx, records.map((r) => ({ ...r, inventoryCode: `PRISMA/${r.inventoryCode}` }))));
    for (const record of records) expect(await shown(record.inventoryCode)).toEqual(await shown(`PRISMA/${record.inventoryCode}`));
    // Someone in the city's register has every kind of value: the sample covers nulls, uses and flags.
    expect(new Set(records.map((r) => r.unitNo === null))).toEqual(new Set([true, false]));
    expect(records.some((r) => r.allowedUses.length > 1)).toBe(true);
  });

  it("find which codes the register already has, inside a transaction too", async () => {
    const codes = ["STORE/00001", "STORE/00060", "STORE/99999", "PRISMA/STORE/00002"];
    expect(await store.existingCodes(store.db, codes)).toEqual(new Set(["STORE/00001", "STORE/00060", "PRISMA/STORE/00002"]));
    await store.db.$transaction(async (tx) => {
      await insertPremisesRows(tx, importRecords(1, 9, "INTX"));
      expect(await store.existingCodes(tx, ["INTX/00001", "STORE/99999"])).toEqual(new Set(["INTX/00001"]));
    });
  });

  it("refuse a code taken meanwhile as 409, and write nothing of the batch", async () => {
    const batch = [...importRecords(2, 7, "RACE"), importRecords(1, 5, "STORE")[0]!];
    await expect(importing(batch)).rejects.toSatisfy((error) => error instanceof AppError && error.status === 409);
    expect(await store.db.premises.count({ where: { inventoryCode: { startsWith: "RACE/" } } })).toBe(0);
  });

  it("let another connection write at once while rows are staged, and show them only once published", async () => {
    // SQLite has one writer: rows written into the register while the file was read held a sign-in for
    // the whole import (over 10 s for 100,000 rows), which then failed. Staged, they hold nobody.
    const other = createDb(databaseUrl);
    try {
      let waited = Number.NaN;
      await importing(importRecords(300, 3, "STAGED"), async () => {
        const started = performance.now();
        await other.$transaction((tx) => insertPremisesRows(tx, importRecords(1, 4, "OTHER")));
        waited = performance.now() - started;
        if (store.writes === "staged") expect(await other.premises.count({ where: { inventoryCode: { startsWith: "STAGED/" } } })).toBe(0);
      });
      expect(waited).toBeLessThan(2000);
      expect(await other.premises.count({ where: { inventoryCode: { startsWith: "STAGED/" } } })).toBe(300);
      expect(await other.premises.count({ where: { inventoryCode: "OTHER/00001" } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});
