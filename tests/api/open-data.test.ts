import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GEOJSON_EXTRA_PROPERTIES, OPEN_DATA_LIMIT, PUBLIC_PREMISES_FIELDS } from "@server/features/open-data/index.ts";
import { COLUMNS } from "@server/features/premises-register/index.ts";
import { seedRatePolicy } from "@server/features/rate-policy/seed.ts";
import { signedInStaff, verifiedApplicant, type Applicant, type SignedIn } from "@tests/support/auth.ts";
import { createPremises, createPremisesId, submittedApplication } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";
import { daysFromToday } from "@tests/support/applications.ts";

let t: TestApp;
let officer: SignedIn;
let applicant: Applicant;
const ORGANISATION = "Fundacja Otwartych Danych Testowych";

beforeAll(async () => {
  t = await createTestApp();
  await seedRatePolicy(t.db);
  officer = await signedInStaff(t);
  applicant = await verifiedApplicant(t, { name: ORGANISATION });
  await createPremises(t.db,
    { inventoryCode: "OD/001", unitNo: "2a", description: 'Lokal; z "witryną"\nod ulicy.', worksNeeded: "Wymiana okien", worksCost: "12500.50", socialPool: true },
    { inventoryCode: "OD/002", status: "leased", district: "nowa-huta", accessibility: { stepFreeEntrance: true, levelFloor: true, doorWidthCm: 95 } },
    { inventoryCode: "OD/003", status: "withdrawn" },
    { inventoryCode: "OD/004", floor: 1, lastInspection: null, availableFrom: "2027-01-01", status: "under-renovation" },
  );
  // An approved application: the premises is reserved for the organisation, by the officer.
  const premisesId = await createPremisesId(t.db, { inventoryCode: "OD/005" });
  const applicationId = await submittedApplication(applicant, premisesId);
  await officer.call("post", `/api/applications/${applicationId}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.2500" }).expect(200);
});

afterAll(() => t?.close());

const csvRows = (text: string) => text.replace(/^\ufeff/, "").split("\r\n").filter(Boolean);

describe("the public premises CSV", () => {
  it("is downloadable by anyone as an attachment with the register's public columns, without the withdrawn premises", async () => {
    const res = await request(t.app).get("/api/open-data/premises.csv").expect(200);
    expect(res.headers["content-type"]).toMatch(/^text\/csv/);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="lokale-krakow\.csv"/);
    const [header] = csvRows(res.text);
    const publicHeaders = COLUMNS.filter((c) => (PUBLIC_PREMISES_FIELDS as readonly string[]).includes(c.field)).map((c) => c.header);
    expect(header!.split(";")).toEqual([...publicHeaders, "Poziom dostępności"]);
    expect(res.text).toContain("OD/001");
    expect(res.text).toContain("OD/005");
    expect(res.text).not.toContain("OD/003");
  });

  it("is read back by the register importer's dry run with no error (in another register, where the codes are new)", async () => {
    const csv = (await request(t.app).get("/api/open-data/premises.csv").expect(200)).text;
    const other = await createTestApp();
    try {
      const otherOfficer = await signedInStaff(other);
      const res = await otherOfficer.call("post", "/api/premises/import?dryRun=true").set("Content-Type", "text/csv").send(Buffer.from(csv)).expect(200);
      expect(res.body.errors).toEqual([]);
      expect(res.body.errorCount).toBe(0);
      expect(res.body.rows).toBe(4);
      expect(res.body.valid).toBe(4);
    } finally {
      await other.close();
    }
  });

  it("every register column is public: none is left out, so the importer gets every column it knows", () => {
    expect(COLUMNS.filter((c) => !(PUBLIC_PREMISES_FIELDS as readonly string[]).includes(c.field)).map((c) => c.header)).toEqual([]);
  });
});

describe("internal data stays out of the public downloads", () => {
  it("neither the CSV nor the GeoJSON names the organisation holding a reservation, the officer, or the office's internal fields", async () => {
    const csv = (await request(t.app).get("/api/open-data/premises.csv").expect(200)).text;
    const geojson = (await request(t.app).get("/api/open-data/premises.geojson").expect(200)).text;
    for (const body of [csv, geojson]) {
      expect(body).not.toContain(ORGANISATION);
      expect(body).not.toContain(officer.user.email);
      expect(body).not.toMatch(/searchText|createdAt|reserved(PremisesId|For)|applicationId|organisation|sha256|createdBy/i);
    }
  });

  it("a GeoJSON feature has exactly the public fields, plus its id and last change", async () => {
    const res = await request(t.app).get("/api/open-data/premises.geojson").expect(200);
    expect(res.headers["content-type"]).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(res.text) as { features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(collection.features.map((f) => f.properties.inventoryCode)).toEqual(["OD/001", "OD/002", "OD/004", "OD/005"]);
    const expected = new Set([
      ...PUBLIC_PREMISES_FIELDS.filter((f) => f !== "lat" && f !== "lng").map((f) => f.split(".")[0]!), ...GEOJSON_EXTRA_PROPERTIES,
    ]);
    for (const feature of collection.features) expect(new Set(Object.keys(feature.properties))).toEqual(expected);
    const first = collection.features[0]!;
    expect(first.properties).toMatchObject({ worksCost: "12500.50", unitNo: "2a", socialPool: true });
    expect(first.geometry.coordinates).toEqual([19.9399, 50.0637]);
  });
});

describe("caching and limits", () => {
  it("answers 304 to a current ETag, and a new file after the register changes", async () => {
    const first = await request(t.app).get("/api/open-data/premises.csv").expect(200);
    const etag = first.headers.etag as string;
    expect(first.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    await request(t.app).get("/api/open-data/premises.csv").set("If-None-Match", etag).expect(304);
    await createPremises(t.db, { inventoryCode: "OD/006" });
    const changed = await request(t.app).get("/api/open-data/premises.csv").set("If-None-Match", etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.text).toContain("OD/006");
  });

  it("the statistics CSV is a long table with exact decimal commas, and revalidates too", async () => {
    const res = await request(t.app).get("/api/open-data/statistics.csv").expect(200);
    const [header, ...rows] = csvRows(res.text);
    expect(header).toBe("Zestawienie;Okres;Grupa;Miara;Wartość");
    expect(rows).toContain(`lokale według statusu i dzielnicy;${new Date().toISOString().slice(0, 10)};Nowa Huta;status: leased;1`);
    await request(t.app).get("/api/open-data/statistics.csv").set("If-None-Match", res.headers.etag as string).expect(304);
  });

  it(`refuses an address's downloads over ${OPEN_DATA_LIMIT.limit} in the window with 429 and Retry-After`, async () => {
    const limited = await createTestApp();
    try {
      const etag = (await request(limited.app).get("/api/open-data/premises.geojson").expect(200)).headers.etag as string;
      for (let i = 1; i < OPEN_DATA_LIMIT.limit; i += 1) {
        await request(limited.app).get("/api/open-data/premises.geojson").set("If-None-Match", etag).expect(304);
      }
      const refused = await request(limited.app).get("/api/open-data/statistics.csv").expect(429);
      expect(refused.headers["retry-after"]).toMatch(/^\d+$/);
      expect(refused.headers["content-type"]).toMatch(/problem\+json/);
      // The catalogue and the statistics themselves are not downloads.
      await request(limited.app).get("/api/open-data").expect(200);
    } finally {
      await limited.close();
    }
  }, 60_000);
});

describe("the catalogue", () => {
  it("says the licence, the publisher, the latest change and the download addresses", async () => {
    const res = await request(t.app).get("/api/open-data").expect(200);
    expect(res.body.licence.id).toBe("CC-BY-4.0");
    expect(res.body.publisher.name).toBe("Zarząd Budynków Komunalnych w Krakowie");
    expect(res.body.premisesCount).toBe(5);
    expect(Date.parse(res.body.dataUpdatedAt)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(res.body.downloads.premisesCsv).toBe("/api/open-data/premises.csv");
  });
});
