import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importRecords } from "@fixtures/import/make.ts";
import { findPremises, insertPremisesRows, toDetail } from "@server/features/premises/index.ts";
import { openImportStore, type ImportStore } from "@server/features/premises-register/bulk.ts";
import { duplicateCodeError } from "@server/features/premises-register/service.ts";
import { onUniqueViolation } from "@server/lib/conflicts.ts";
import { AppError } from "@server/lib/errors.ts";
import { createTestDatabaseUrl } from "@tests/support/test-app.ts";
import { testDatabaseProvider } from "@tests/support/test-databases.ts";

// The import's bulk SQL of its own (bulk.ts: prepared statements on SQLite, JSON rows on PostgreSQL)
// writes exactly what the Prisma path writes, and a code taken meanwhile is a 409, on either database.

let store: ImportStore;
let drop: () => Promise<void>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "sp-import-stores-"));
  const made = await createTestDatabaseUrl(dir);
  drop = made.drop;
  store = await openImportStore(made.databaseUrl);
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

describe(`the import's bulk statements on ${testDatabaseProvider()}`, () => {
  it("store the same premises, every field and use, as the Prisma path", async () => {
    const records = importRecords(60, 5, "STORE");
    await store.db.$transaction((tx) => store.insertPremises(tx, records));
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
      await store.insertPremises(tx, importRecords(1, 9, "INTX"));
      expect(await store.existingCodes(tx, ["INTX/00001", "STORE/99999"])).toEqual(new Set(["INTX/00001"]));
    });
  });

  it("refuse a code taken meanwhile as 409, and write nothing of the batch", async () => {
    const batch = [...importRecords(2, 7, "RACE"), importRecords(1, 5, "STORE")[0]!];
    const write = onUniqueViolation(() => store.db.$transaction((tx) => store.insertPremises(tx, batch)), duplicateCodeError);
    await expect(write).rejects.toSatisfy((error) => error instanceof AppError && error.status === 409);
    expect(await store.db.premises.count({ where: { inventoryCode: { startsWith: "RACE/" } } })).toBe(0);
  });
});
