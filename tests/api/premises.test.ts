import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPremises } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;

const codes = (body: { items: { inventoryCode: string }[] }) => body.items.map((i) => i.inventoryCode).sort();

beforeAll(async () => {
  t = await createTestApp();
  await createPremises(t.db,
    { inventoryCode: "A/1", district: "stare-miasto", usableArea: "30.00", baseRent: "50.00", condition: "good",
      street: "ul. Floriańska", buildingNo: "10", allowedUses: ["gastronomy", "retail"], lat: 50.0637, lng: 19.9399,
      accessibility: { stepFreeEntrance: true, doorWidthCm: 90, levelFloor: true, accessibleToilet: true } },
    { inventoryCode: "A/2", district: "podgorze", usableArea: "80.50", baseRent: "22.50", condition: "poor",
      street: "ul. Limanowskiego", buildingNo: "5", allowedUses: ["workshop"], lat: 50.0445, lng: 19.9560, socialPool: true,
      accessibility: { ramp: true, doorWidthCm: 85 } },
    { inventoryCode: "A/3", district: "nowa-huta", usableArea: "120.00", baseRent: "18.00", condition: "needs-renovation",
      street: "os. Centrum A", buildingNo: "3", allowedUses: ["community", "office"], lat: 50.0722, lng: 20.0376, socialPool: true,
      floor: 1 },
    { inventoryCode: "A/4", district: "stare-miasto", usableArea: "45.00", baseRent: "60.00", status: "leased",
      street: "ul. Łobzowska", buildingNo: "2", lat: 50.0680, lng: 19.9330 },
    { inventoryCode: "A/5", district: "krowodrza", usableArea: "30.01", baseRent: "22.49", condition: "fair",
      street: "ul. Królewska", buildingNo: "20", lat: 50.0720, lng: 19.9180, floor: -1,
      accessibility: { stepFreeEntrance: true, lift: false, disabledParking: true, inductionLoop: true } },
  );
});
afterAll(() => t.close());

describe("the public premises list", () => {
  it("shows only available premises by default, with the total count", async () => {
    const res = await request(t.app).get("/api/premises").expect(200);
    expect(codes(res.body)).toEqual(["A/1", "A/2", "A/3", "A/5"]);
    expect(res.body.page).toEqual({ page: 1, pageSize: 20, total: 4, pages: 1 });
  });

  it("returns amounts and areas as exact decimal strings", async () => {
    const res = await request(t.app).get("/api/premises?q=limanowskiego").expect(200);
    expect(res.body.items[0]).toMatchObject({ usableArea: "80.50", baseRent: "22.50", accessibilityLevel: "partial" });
  });

  it.each([
    ["district=stare-miasto", ["A/1"]],
    ["district=stare-miasto,podgorze", ["A/1", "A/2"]],
    ["district=stare-miasto&district=nowa-huta", ["A/1", "A/3"]],
    ["minArea=30.01", ["A/2", "A/3", "A/5"]],
    ["maxArea=30,01", ["A/1", "A/5"]],
    ["minArea=30&maxArea=80.5", ["A/1", "A/2", "A/5"]],
    ["maxRent=22.50", ["A/2", "A/3", "A/5"]],
    ["maxRent=22.49", ["A/3", "A/5"]],
    ["condition=poor,needs-renovation", ["A/2", "A/3"]],
    ["accessibility=full", ["A/1"]],
    ["accessibility=partial", ["A/2"]],
    ["accessibility=none", ["A/3", "A/5"]],
    ["features=ramp", ["A/2"]],
    ["features=wideDoor", ["A/1"]],
    ["features=disabledParking,inductionLoop", ["A/5"]],
    ["features=stepFreeEntrance,levelFloor", ["A/1"]],
    ["use=gastronomy", ["A/1"]],
    ["use=workshop,community", ["A/2", "A/3"]],
    ["status=leased", ["A/4"]],
    ["status=available,leased&district=stare-miasto", ["A/1", "A/4"]],
    ["socialPool=true", ["A/2", "A/3"]],
    ["socialPool=false", ["A/1", "A/5"]],
    ["bbox=19.90,50.06,19.95,50.07", ["A/1"]],
    ["bbox=19.90,50.03,20.10,50.08&socialPool=true", ["A/2", "A/3"]],
    ["q=florianska", ["A/1"]],
    ["q=Łobzowska&status=leased", ["A/4"]],
    ["q=31-019", ["A/1", "A/2", "A/3", "A/5"]],
    ["q=nowa huta", ["A/3"]],
    ["q=nie ma takiej ulicy", []],
  ])("filters by %s", async (query, expected) => {
    const res = await request(t.app).get(`/api/premises?${query}`).expect(200);
    expect(codes(res.body)).toEqual(expected);
    expect(res.body.page.total).toBe(expected.length);
  });

  it("sorts by rent, highest first", async () => {
    const res = await request(t.app).get("/api/premises?sort=-rent").expect(200);
    expect(res.body.items.map((i: { baseRent: string }) => i.baseRent)).toEqual(["50.00", "22.50", "22.49", "18.00"]);
  });

  it("sorts by area, smallest first", async () => {
    const res = await request(t.app).get("/api/premises?sort=area").expect(200);
    expect(res.body.items.map((i: { usableArea: string }) => i.usableArea)).toEqual(["30.00", "30.01", "80.50", "120.00"]);
  });

  it("pages through the results and keeps the total", async () => {
    const first = await request(t.app).get("/api/premises?pageSize=3&page=1&sort=code").expect(200);
    const second = await request(t.app).get("/api/premises?pageSize=3&page=2&sort=code").expect(200);
    expect(first.body.items.map((i: { inventoryCode: string }) => i.inventoryCode)).toEqual(["A/1", "A/2", "A/3"]);
    expect(second.body.items.map((i: { inventoryCode: string }) => i.inventoryCode)).toEqual(["A/5"]);
    expect(second.body.page).toEqual({ page: 2, pageSize: 3, total: 4, pages: 2 });
  });
});

describe("bad input to the list", () => {
  it.each([
    ["district=atlantyda", "district.0", "Nieznana dzielnica."],
    ["minArea=abc", "minArea", "Minimalna powierzchnia musi być liczbą"],
    ["maxArea=-5", "maxArea", "Maksymalna powierzchnia musi być liczbą"],
    ["maxRent=12.345", "maxRent", "Maksymalna stawka"],
    ["minArea=100&maxArea=50", "maxArea", "nie może być mniejsza"],
    ["bbox=1,2,3", "bbox", "cztery liczby"],
    ["bbox=19,50,200,51", "bbox", "poza zakresem"],
    ["bbox=20,50,19,51", "bbox", "odwrócone"],
    ["bbox=a,b,c,d", "bbox", "cztery liczby"],
    ["condition=excellent", "condition.0", "stan techniczny"],
    ["accessibility=some", "accessibility.0", "poziom dostępności"],
    ["features=teleport", "features.0", "cecha dostępności"],
    ["use=casino", "use.0", "rodzaj działalności"],
    ["status=sold", "status.0", "status lokalu"],
    ["socialPool=maybe", "socialPool", "tak lub nie"],
    ["sort=price", "sort", "sortowania"],
    ["page=0", "page", "Numer strony"],
    ["pageSize=1000", "pageSize", "od 1 do 100"],
  ])("%s is refused with a 400 problem naming %s", async (query, field, message) => {
    const res = await request(t.app).get(`/api/premises?${query}`).expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body).toMatchObject({ status: 400, title: expect.any(String) });
    const error = res.body.errors.find((e: { field: string }) => e.field === field);
    expect(error, JSON.stringify(res.body.errors)).toBeDefined();
    expect(error.message).toContain(message);
  });

  it("answers in English when the client asks for it", async () => {
    const res = await request(t.app).get("/api/premises?minArea=abc").set("Accept-Language", "en-GB,en;q=0.9").expect(400);
    expect(res.body.errors[0].message).toBe("Minimum area must be a number, e.g. 40 or 42.50.");
  });

  it("the GeoJSON endpoint refuses the same bad filters", async () => {
    const res = await request(t.app).get("/api/premises.geojson?district=atlantyda").expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors[0].field).toBe("district.0");
  });
});

describe("one premises", () => {
  it("shows the full record with its derived accessibility level", async () => {
    const list = await request(t.app).get("/api/premises?q=florianska").expect(200);
    const res = await request(t.app).get(`/api/premises/${list.body.items[0].id}`).expect(200);
    expect(res.body).toMatchObject({
      inventoryCode: "A/1", street: "ul. Floriańska", buildingNo: "10", district: "stare-miasto",
      usableArea: "30.00", baseRent: "50.00", condition: "good", allowedUses: ["gastronomy", "retail"],
      accessibilityLevel: "full",
      accessibility: { stepFreeEntrance: true, doorWidthCm: 90, levelFloor: true, accessibleToilet: true },
      utilities: { electricity: true, heating: "district", toilet: "in-unit" },
    });
  });

  it("a well-formed id that does not exist gets a 404 problem", async () => {
    const res = await request(t.app).get("/api/premises/00000000-0000-4000-8000-000000000000").expect(404);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.detail).toContain("Nie ma lokalu");
  });

  it("a malformed id gets a 400 problem naming the id", async () => {
    const res = await request(t.app).get("/api/premises/not-an-id").expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: "id" });
  });
});

describe("the GeoJSON map layer", () => {
  it("returns points with light properties for the filtered premises", async () => {
    const res = await request(t.app).get("/api/premises.geojson?socialPool=true").expect(200);
    expect(res.type).toBe("application/geo+json");
    const body = JSON.parse(res.text);
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(2);
    expect(body.features[0]).toEqual({
      type: "Feature",
      geometry: { type: "Point", coordinates: [19.956, 50.0445] },
      properties: {
        id: expect.any(String), code: "A/2", address: "ul. Limanowskiego 5", district: "podgorze",
        area: "80.50", rent: "22.50", level: "partial", condition: "poor", status: "available", socialPool: true,
      },
    });
  });

  it("answers 304 when the map revalidates an unchanged layer", async () => {
    const first = await request(t.app).get("/api/premises.geojson").expect(200);
    expect(first.headers.etag).toMatch(/^W\/"/);
    await request(t.app).get("/api/premises.geojson").set("If-None-Match", String(first.headers.etag)).expect(304);
  });

  it("changes its ETag when the catalogue changes", async () => {
    const before = await request(t.app).get("/api/premises.geojson").expect(200);
    await createPremises(t.db, { inventoryCode: "A/6" });
    const after = await request(t.app).get("/api/premises.geojson").set("If-None-Match", String(before.headers.etag)).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(JSON.parse(after.text).features.map((f: { properties: { code: string } }) => f.properties.code)).toContain("A/6");
  });
});

describe("the service endpoints", () => {
  it("reports health with the database reachable", async () => {
    const res = await request(t.app).get("/api/health").expect(200);
    expect(res.body).toMatchObject({ status: "ok", database: "ok" });
  });

  it("publishes an OpenAPI document generated from the schemas", async () => {
    const res = await request(t.app).get("/api/openapi.json").expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const list = res.body.paths["/api/premises"].get;
    const names = list.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(["district", "minArea", "maxArea", "maxRent", "condition",
      "accessibility", "features", "use", "status", "socialPool", "bbox", "q", "sort", "page", "pageSize"]));
    const detail = res.body.paths["/api/premises/{id}"].get.responses["200"].content["application/json"].schema;
    const name = String(detail.$ref).replace("#/components/schemas/", "");
    expect(res.body.components.schemas[name].properties).toHaveProperty("accessibilityLevel");
    expect(res.body.paths["/api/premises.geojson"].get.responses["200"].content).toHaveProperty("application/geo+json");
  });

  it("an unknown API path gets a 404 problem, not the client page", async () => {
    const res = await request(t.app).get("/api/nothing-here").expect(404);
    expect(res.type).toBe("application/problem+json");
  });

  it("malformed JSON gets a 400 problem, not a 500, from a caller who may send it", async () => {
    const res = await request(t.app).post("/api/auth/login").set("Content-Type", "application/json").send("{bad").expect(400);
    expect(res.type).toBe("application/problem+json");
  });

  it("malformed JSON to a private endpoint from an anonymous caller gets 401: the body is not read", async () => {
    const res = await request(t.app).post("/api/premises").set("Content-Type", "application/json").send("{bad").expect(401);
    expect(res.type).toBe("application/problem+json");
  });
});
