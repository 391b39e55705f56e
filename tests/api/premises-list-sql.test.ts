import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PremisesListQuery } from "@shared/contracts/premises.ts";
import { generatePremises } from "@fixtures/generate.ts";
import { premisesPage, premisesPageByPrisma } from "@server/features/premises/list.ts";
import { insertPremises } from "@server/features/premises/repository.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 11: GET /api/premises reads its page with one SQL statement of ours (list-repository.ts), not
// through Prisma's three queries. It must answer exactly what the Prisma path answers, for every
// filter, order and page, on SQLite and on PostgreSQL (TEST_DB=postgresql).

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await insertPremises(t.db, generatePremises(600, 11));
  const ids = (await t.db.premises.findMany({ select: { id: true }, orderBy: { inventoryCode: "asc" } })).map((p) => p.id);
  // Some withdrawn; photos (and plans, which the list never shows) on some, two photos on a few.
  await t.db.premises.updateMany({ where: { id: { in: ids.filter((_, i) => i % 17 === 0) } }, data: { status: "withdrawn" } });
  let at = Date.UTC(2025, 0, 1);
  const file = (premisesId: string, kind: "photo" | "plan", alt: string) => ({
    id: randomUUID(), premisesId, kind, mime: "image/png", size: 10, originalName: "a.png", alt, sha256: "0".repeat(64), createdAt: new Date(at += 1000),
  });
  await t.db.premisesFile.createMany({
    data: ids.flatMap((id, i) => [
      ...(i % 3 === 0 ? [file(id, "plan", "")] : []),
      ...(i % 2 === 0 ? [file(id, "photo", `Zdjęcie ${i}`)] : []),
      ...(i % 10 === 0 ? [file(id, "photo", "drugie")] : []),
    ]),
  });
}, 120_000);
afterAll(() => t.close());

const QUERIES: Record<string, string>[] = [
  {},
  { page: "2" },
  { page: "3", pageSize: "50" },
  { page: "1000" },
  { status: "available,reserved,leased,under-renovation,withdrawn", pageSize: "100" },
  { status: "withdrawn" },
  { district: "stare-miasto,podgorze", accessibility: "partial,full", maxRent: "40" },
  { district: "stare-miasto,podgorze", accessibility: "partial,full", maxRent: "40", sort: "-rent", page: "2" },
  { minArea: "30", maxArea: "80.5", sort: "area" },
  { minArea: "30", sort: "-area", pageSize: "7", page: "4" },
  { condition: "good,needs-renovation", sort: "district" },
  { features: "ramp,wideDoor,lift,stepFreeEntrance,levelFloor,accessibleToilet" },
  { features: "disabledParking,contrastMarkings,inductionLoop", status: "available,leased" },
  { use: "gastronomy,retail", sort: "rent" },
  { use: "community", socialPool: "true" },
  { socialPool: "false", sort: "available-from" },
  { sort: "available-from", status: "available,under-renovation", pageSize: "100", page: "2" },
  { bbox: "19.92,50.05,19.96,50.07" },
  { bbox: "19.80,49.95,20.10,50.15", sort: "-rent", pageSize: "30" },
  { q: "dluga" },
  { q: "Kraków 31" },
  { q: "ul." },
  { q: "nie ma takiej ulicy" },
];

describe("the hand-written list answers what Prisma's queries answer", () => {
  it.each(QUERIES.map((q) => [new URLSearchParams(q).toString() || "(no filters)", q] as const))("%s", async (_name, raw) => {
    const query = PremisesListQuery.parse(raw);
    const ours = await premisesPage(t.db, query);
    const prisma = await premisesPageByPrisma(t.db, query);
    expect(JSON.stringify(ours)).toBe(JSON.stringify(prisma));
    expect(ours.items.length).toBe(Math.max(0, Math.min(query.pageSize, ours.page.total - (query.page - 1) * query.pageSize)));
  });

  it("the queries above see photos, withdrawn premises, uses and empty pages", async () => {
    const all = await premisesPage(t.db, PremisesListQuery.parse({ status: "available,reserved,leased,under-renovation,withdrawn", pageSize: "100" }));
    expect(all.page.total).toBe(600);
    expect(all.items.some((p) => p.photo !== null)).toBe(true);
    expect(all.items.some((p) => p.status === "withdrawn")).toBe(true);
    expect(all.items.some((p) => p.allowedUses.length > 1)).toBe(true);
    expect((await premisesPage(t.db, PremisesListQuery.parse({ page: "1000" }))).items).toEqual([]);
  });
});
