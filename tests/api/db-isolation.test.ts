// One SQLite connection serves the whole process. A request's query must never run inside another
// request's open transaction: it would read rows that are not committed, and its own write would be
// rolled back with that transaction after the caller was told it succeeded (server/lib/db.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";
import { testDatabaseProvider } from "@tests/support/test-databases.ts";

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(() => t.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("queries outside a transaction while one is open", () => {
  it("do not see its uncommitted rows, and their writes survive its rollback", async () => {
    const failing = t.db.$transaction(async (tx) => {
      await tx.dataVersion.create({ data: { key: "isolation:inside", version: 1 } });
      await pause(300);
      throw new Error("refused: roll back");
    }).catch((error: Error) => error.message);
    await pause(50); // the transaction is open and has written
    const seen = await t.db.dataVersion.findUnique({ where: { key: "isolation:inside" } });
    await t.db.dataVersion.create({ data: { key: "isolation:outside", version: 1 } });
    expect(await failing).toBe("refused: roll back");
    expect(seen).toBeNull();
    expect(await t.db.dataVersion.findUnique({ where: { key: "isolation:outside" } })).not.toBeNull();
    expect(await t.db.dataVersion.findUnique({ where: { key: "isolation:inside" } })).toBeNull();
  });

  // SQLite's one connection: the read waits for the commit. PostgreSQL reads the last committed state
  // at once (MVCC), so there the read may come before the commit and see nothing yet: both are consistent.
  it.skipIf(testDatabaseProvider() === "postgresql")("see what a transaction committed, once it has", async () => {
    const committing = t.db.$transaction(async (tx) => {
      await tx.dataVersion.create({ data: { key: "isolation:committed", version: 1 } });
      await pause(200);
    });
    await pause(20);
    const read = await t.db.dataVersion.findUnique({ where: { key: "isolation:committed" } });
    await committing;
    expect(read).not.toBeNull(); // it waited for the commit instead of reading half of it
  });
});
