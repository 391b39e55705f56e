import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createUser, premisesInput } from "@tests/support/factories.ts";
import { fileStorageEnv, storedBytes } from "@tests/support/stored-files.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
let officer: SignedIn;
let applicant: SignedIn;

beforeAll(async () => {
  t = await createTestApp(fileStorageEnv());
  officer = await signIn(t.app, await createUser(t.db, { role: "officer" }));
  applicant = await signIn(t.app, await createUser(t.db, { role: "applicant" }));
});
afterAll(() => t.close());

async function add(overrides: Parameters<typeof premisesInput>[0] = {}): Promise<PremisesDetail> {
  const res = await officer.call("post", "/api/premises").send(premisesInput(overrides)).expect(201);
  return res.body as PremisesDetail;
}

const mapEtag = async () => String((await request(t.app).get("/api/premises.geojson?status=available,withdrawn").expect(200)).headers.etag);
const auditOf = (entityId: string) => t.db.auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });
const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe("an officer adds a premises", () => {
  it("saves it, shows it on the public map and records who added it", async () => {
    const etag = await mapEtag();
    const res = await officer.call("post", "/api/premises")
      .send(premisesInput({ inventoryCode: "REJ/1", street: "ul. Szewska", usableArea: "42.50", floor: 0,
        accessibility: { stepFreeEntrance: true, doorWidthCm: 90, levelFloor: true, accessibleToilet: true } }))
      .expect(201);
    expect(res.headers.location).toBe(`/api/premises/${res.body.id}`);
    expect(res.body).toMatchObject({ inventoryCode: "REJ/1", usableArea: "42.50", accessibilityLevel: "full", status: "available" });

    const pub = await request(t.app).get(`/api/premises/${res.body.id}`).expect(200);
    expect(pub.body.street).toBe("ul. Szewska");
    expect(await mapEtag()).not.toBe(etag);

    const [event] = await auditOf(res.body.id);
    expect(event).toMatchObject({ action: "create", entity: "premises", actorEmail: officer.user.email, actorRole: "officer" });
    expect(JSON.parse(event!.after!)).toMatchObject({ inventoryCode: "REJ/1", usableArea: "42.50" });
  });

  it("refuses anonymous callers with 401 and applicants with 403", async () => {
    await request(t.app).post("/api/premises").send(premisesInput()).expect(401);
    await applicant.call("post", "/api/premises").send(premisesInput()).expect(403);
  });

  it("refuses a request without the CSRF header", async () => {
    await officer.agent.post("/api/premises").send(premisesInput()).expect(403);
  });

  it.each([
    [{ usableArea: "abc" }, "usableArea", ""],
    [{ usableArea: "-5.00" }, "usableArea", "większa od zera"],
    [{ usableArea: "99999999.00" }, "usableArea", "100 000 m²"],
    [{ baseRent: "123456.00" }, "baseRent", "10 000 zł"],
    [{ district: "atlantyda" }, "district", "Nieznana dzielnica"],
    [{ postalCode: "31019" }, "postalCode", "00-000"],
    [{ lat: 52.23 }, "lat", "poza Krakowem"],
    [{ allowedUses: [] }, "allowedUses", "co najmniej jedno"],
    [{ worksCost: "1000.00", worksNeeded: null }, "worksCost", "razem z opisem"],
    [{ street: "" }, "street", "wymagane"],
  ])("refuses %j with a 400 naming %s", async (overrides, field, message) => {
    const res = await officer.call("post", "/api/premises").send({ ...premisesInput(), ...overrides }).expect(400);
    expect(res.type).toBe("application/problem+json");
    const error = res.body.errors.find((e: { field: string }) => e.field === field);
    expect(error, JSON.stringify(res.body.errors)).toBeDefined();
    expect(error.message).toContain(message);
  });

  it("lists every bad field at once", async () => {
    const res = await officer.call("post", "/api/premises")
      .send({ ...premisesInput(), district: "x", postalCode: "x", utilities: { heating: "coal" } }).expect(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(["district", "postalCode", "utilities.heating", "utilities.toilet"]));
  });

  it("refuses a second premises with the same inventory code with 409 and writes nothing", async () => {
    await add({ inventoryCode: "REJ/DUP" });
    const before = await t.db.premises.count();
    const res = await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: "REJ/DUP" })).expect(409);
    expect(res.body.errors[0]).toMatchObject({ field: "inventoryCode", message: expect.stringContaining("już w rejestrze") });
    expect(await t.db.premises.count()).toBe(before);
  });
});

describe("an officer edits a premises", () => {
  it("replaces the whole record and keeps before and after in the audit trail", async () => {
    const created = await add({ inventoryCode: "REJ/EDIT", baseRent: "30.00", allowedUses: ["office"] });
    const etag = await mapEtag();
    const res = await officer.call("put", `/api/premises/${created.id}`)
      .send(premisesInput({ inventoryCode: "REJ/EDIT", baseRent: "27.50", allowedUses: ["community", "workshop"], condition: "poor" }))
      .expect(200);
    expect(res.body).toMatchObject({ id: created.id, baseRent: "27.50", allowedUses: ["community", "workshop"], condition: "poor" });
    expect(await mapEtag()).not.toBe(etag);

    const update = (await auditOf(created.id)).find((e) => e.action === "update")!;
    expect(update.actorEmail).toBe(officer.user.email);
    const changes = JSON.parse(update.changes!);
    expect(changes.baseRent).toEqual(["30.00", "27.50"]);
    expect(changes.allowedUses).toEqual([["office"], ["community", "workshop"]]);
    expect(JSON.parse(update.before!).baseRent).toBe("30.00");
  });

  it("accepts If-Match with the current updatedAt and refuses a stale one with 412", async () => {
    const created = await add();
    const fresh = await officer.call("put", `/api/premises/${created.id}`).set("If-Match", `"${created.updatedAt}"`)
      .send(premisesInput({ inventoryCode: created.inventoryCode, rooms: 3 })).expect(200);
    expect(fresh.body.rooms).toBe(3);
    const stale = await officer.call("put", `/api/premises/${created.id}`).set("If-Match", `"${created.updatedAt}"`)
      .send(premisesInput({ inventoryCode: created.inventoryCode, rooms: 7 })).expect(412);
    expect(stale.body.errors[0].message).toContain("zmienił");
    expect((await request(t.app).get(`/api/premises/${created.id}`)).body.rooms).toBe(3);
  });

  it("refuses taking another premises' inventory code with 409", async () => {
    const a = await add();
    const b = await add();
    await officer.call("put", `/api/premises/${b.id}`).send(premisesInput({ inventoryCode: a.inventoryCode })).expect(409);
  });

  it("answers 404 for an unknown premises", async () => {
    await officer.call("put", "/api/premises/00000000-0000-4000-8000-000000000000").send(premisesInput()).expect(404);
  });
});

describe("an officer withdraws a premises", () => {
  it("sets it withdrawn, takes it off the default public list and keeps the reason", async () => {
    const created = await add({ inventoryCode: "REJ/WD" });
    const res = await officer.call("post", `/api/premises/${created.id}/withdraw`).send({ reason: "Przekazany do sprzedaży" }).expect(200);
    expect(res.body.status).toBe("withdrawn");
    const list = await request(t.app).get("/api/premises?q=REJ/WD").expect(200);
    expect(list.body.items).toEqual([]);
    const event = (await auditOf(created.id)).find((e) => e.action === "withdraw")!;
    expect(JSON.parse(event.changes!)).toMatchObject({ status: ["available", "withdrawn"], withdrawalReason: [null, "Przekazany do sprzedaży"] });
  });

  it("asks for a reason and refuses withdrawing twice", async () => {
    const created = await add();
    const res = await officer.call("post", `/api/premises/${created.id}/withdraw`).send({ reason: " " }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: "reason", message: expect.stringContaining("powód") });
    await officer.call("post", `/api/premises/${created.id}/withdraw`).send({ reason: "Rozbiórka budynku" }).expect(200);
    await officer.call("post", `/api/premises/${created.id}/withdraw`).send({ reason: "Rozbiórka budynku" }).expect(409);
  });
});

// Real files, tiny: a 1×1 PNG, a 1×1 JPEG (as sharp writes it at quality 85), a 1×1 WebP and a one-page PDF.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const JPEG = Buffer.from("/9j/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEPERETFhwXExQaFRERGCEYGh0dHx8fExciJCIeJBweHx7/2wBDAQUFBQcGBw4ICA4eFBEUHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh7/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAj/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ALLAB//Z", "base64");
const WEBP = Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "binary"), Buffer.alloc(64)]);
const HTML = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");

function upload(who: SignedIn, premisesId: string, kind: string, bytes: Buffer, filename: string, contentType = "image/png") {
  return who.call("post", `/api/premises/${premisesId}/files`).field("kind", kind).attach("file", bytes, { filename, contentType });
}

describe("photos and floor plans", () => {
  let premises: PremisesDetail;
  beforeAll(async () => {
    premises = await add({ inventoryCode: "REJ/FOTO" });
  });

  it("stores a PNG photo and serves it with its type, nosniff, an inline UTF-8 name and long caching", async () => {
    const res = await upload(officer, premises.id, "photo", PNG, "Witryna od ulicy – zdjęcie.png").expect(201);
    // Stored re-encoded (tests/api/uploads.test.ts): other bytes than sent, the same picture.
    expect(res.body).toMatchObject({ kind: "photo", mime: "image/png", originalName: "Witryna od ulicy – zdjęcie.png" });
    const file = await request(t.app).get(res.body.url).buffer(true).expect(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-disposition"]).toBe(
      `inline; filename="Witryna od ulicy _ zdjecie.png"; filename*=UTF-8''${encodeURIComponent("Witryna od ulicy – zdjęcie.png")}`);
    expect(file.headers["cache-control"]).toContain("immutable");
    expect((file.body as Buffer).length).toBe(res.body.size);
    await request(t.app).get(res.body.url).set("If-None-Match", String(file.headers.etag)).expect(304);

    expect(await storedBytes(t, `premises/${premises.id}/${res.body.id}.png`)).toEqual(file.body);
    const [event] = (await auditOf(premises.id)).filter((e) => e.action === "file-upload");
    expect(JSON.parse(event!.after!)).toMatchObject({ id: res.body.id, mime: "image/png" });
  });

  it("goes by the content, not the name: a JPEG named .png is stored and served as a JPEG", async () => {
    const res = await upload(officer, premises.id, "photo", JPEG, "../../etc/passwd.png").expect(201);
    expect(res.body).toMatchObject({ mime: "image/jpeg", originalName: "passwd.jpg" });
    const file = await request(t.app).get(res.body.url).expect(200);
    expect(file.headers["content-type"]).toBe("image/jpeg");
  });

  it("strips the camera's EXIF block (with its GPS position) from a JPEG photo before anyone can download it", async () => {
    const exif = Buffer.from("Exif\0\0GPSLatitude 50.0614 N", "latin1");
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, exif.length + 2]), exif]);
    const withGps = Buffer.concat([JPEG.subarray(0, 2), app1, JPEG.subarray(2)]);
    const res = await upload(officer, premises.id, "photo", withGps, "z-telefonu.jpg", "image/jpeg").expect(201);
    const file = await request(t.app).get(res.body.url).buffer(true).expect(200);
    const served = Buffer.from(file.body as Buffer);
    expect(served.includes(Buffer.from("GPSLatitude"))).toBe(false);
    // JPEG's encoder is deterministic: the same pixels at quality 85 give the file without the block.
    expect(served.equals(JPEG)).toBe(true);
  });

  it("accepts a WebP photo and a PDF floor plan; the PDF is served as an attachment", async () => {
    await upload(officer, premises.id, "photo", WEBP, "a.webp", "image/webp").expect(201);
    const plan = await upload(officer, premises.id, "plan", PDF, "rzut parteru.pdf", "application/pdf").expect(201);
    const file = await request(t.app).get(plan.body.url).expect(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toMatch(/^attachment; /);
  });

  it.each([
    ["a program named .png", "photo", EXE, "zdjecie.png", "file.type.photo"],
    ["an HTML page named .png", "photo", HTML, "zdjecie.png", "file.type.photo"],
    ["a PDF as a photo", "photo", PDF, "zdjecie.pdf", "file.type.photo"],
    ["an HTML page as a plan", "plan", HTML, "rzut.pdf", "file.type.plan"],
  ])("refuses %s with 415 and stores nothing", async (_name, kind, bytes, filename, code) => {
    const before = await t.db.premisesFile.count();
    const res = await upload(officer, premises.id, kind, bytes, filename).expect(415);
    expect(res.body.errors[0]).toMatchObject({ field: "file", code });
    expect(await t.db.premisesFile.count()).toBe(before);
  });

  it("refuses a photo over 10 MB and a plan over 20 MB with 413", async () => {
    const photo = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(officer, premises.id, "photo", photo, "big.png").expect(413);
    expect(res.body.errors[0].message).toContain("10 MB");
    const plan = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    const res2 = await upload(officer, premises.id, "plan", plan, "big.pdf", "application/pdf").expect(413);
    expect(res2.body.errors[0].message).toContain("20 MB");
  });

  it("refuses an unknown kind, a missing file and an unknown premises", async () => {
    expect((await upload(officer, premises.id, "video", PNG, "a.png").expect(400)).body.errors[0].field).toBe("kind");
    await officer.call("post", `/api/premises/${premises.id}/files`).field("kind", "photo").expect(400);
    await upload(officer, "00000000-0000-4000-8000-000000000000", "photo", PNG, "a.png").expect(404);
  });

  it("allows at most 10 photos per premises", async () => {
    const other = await add();
    for (let i = 0; i < 10; i += 1) await upload(officer, other.id, "photo", PNG, `${i}.png`).expect(201);
    const res = await upload(officer, other.id, "photo", PNG, "11.png").expect(409);
    expect(res.body.errors[0].message).toContain("najwyżej 10 zdjęć");
  });

  it("lets only staff upload and delete, before reading the body", async () => {
    await request(t.app).post(`/api/premises/${premises.id}/files`).field("kind", "photo").attach("file", PNG, "a.png").expect(401);
    await upload(applicant, premises.id, "photo", PNG, "a.png").expect(403);
  });

  it("lists the files of a premises publicly and deletes one with its bytes", async () => {
    const photo = await upload(officer, premises.id, "photo", PNG, "do-usuniecia.png").expect(201);
    const list = await request(t.app).get(`/api/premises/${premises.id}/files`).expect(200);
    expect(list.body.items.map((f: { id: string }) => f.id)).toContain(photo.body.id);
    await applicant.call("delete", `/api/files/${photo.body.id}`).expect(403);
    await officer.call("delete", `/api/files/${photo.body.id}`).expect(204);
    await request(t.app).get(photo.body.url).expect(404);
    expect(await storedBytes(t, `premises/${premises.id}/${photo.body.id}.png`)).toBeNull();
    expect((await auditOf(premises.id)).some((e) => e.action === "file-delete")).toBe(true);
  });
});

describe("exports of the register", () => {
  it("gives a CSV with a BOM, Polish headers, semicolons, decimal commas and every status", async () => {
    const withdrawn = await add({ inventoryCode: "REJ/EXP-W", usableArea: "1234.56", status: "withdrawn" });
    const res = await officer.call("get", "/api/premises/export.csv").buffer(true).parse((r, cb) => {
      const parts: Buffer[] = [];
      r.on("data", (c: Buffer) => parts.push(c)).on("end", () => cb(null, Buffer.concat(parts)));
    }).expect(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="rejestr-lokali-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^Kod inwentarzowy;Ulica;Nr budynku;.*;Powierzchnia użytkowa \[m²\];/);
    const line = lines.find((l) => l.startsWith(`${withdrawn.inventoryCode};`))!;
    expect(line).toContain(";1234,56;");
    expect(line).toContain(";wycofany;");
  });

  it("gives GeoJSON with every field as properties", async () => {
    const res = await officer.call("get", "/api/premises/export.geojson").buffer(true).parse((r, cb) => {
      let text = "";
      r.on("data", (c: Buffer) => (text += c.toString())).on("end", () => cb(null, JSON.parse(text)));
    }).expect(200);
    expect(res.headers["content-type"]).toContain("application/geo+json");
    const feature = res.body.features.find((f: { properties: { inventoryCode: string } }) => f.properties.inventoryCode === "REJ/EXP-W");
    expect(feature.properties).toMatchObject({ status: "withdrawn", usableArea: "1234.56", utilities: expect.any(Object), accessibilityLevel: expect.any(String) });
    expect(feature.geometry.type).toBe("Point");
  });

  it("is for staff only", async () => {
    await request(t.app).get("/api/premises/export.csv").expect(401);
    await applicant.call("get", "/api/premises/export.geojson").expect(403);
  });
});

describe("the OpenAPI document", () => {
  it("describes the register's operations", async () => {
    const res = await request(t.app).get("/api/openapi.json").expect(200);
    for (const [p, method] of [["/api/premises", "post"], ["/api/premises/{id}", "put"], ["/api/premises/{id}/withdraw", "post"],
      ["/api/premises/import", "post"], ["/api/premises/{id}/files", "post"], ["/api/files/{fileId}", "get"],
      ["/api/premises/export.csv", "get"], ["/api/premises/export.geojson", "get"]] as const) {
      expect(res.body.paths[p]?.[method], `${method} ${p}`).toBeDefined();
    }
  });
});
