import sharp from "sharp";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import type { PremisesFileInfo } from "@shared/contracts/premises-register.ts";
import { type SignedIn, signedInStaff } from "@tests/support/auth.ts";
import { premisesInput } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 13, public catalogue: the officer's photos reach the public, with the words the officer wrote
// for those who cannot see them, and only while the premises is published.

let t: TestApp;
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  officer = await signedInStaff(t);
});
afterAll(() => t.close());

const png = (colour: string) => sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer();

async function premisesWithPhotos(code: string, ...alts: (string | undefined)[]): Promise<{ premises: PremisesDetail; files: PremisesFileInfo[] }> {
  const premises = (await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: code })).expect(201)).body as PremisesDetail;
  const files: PremisesFileInfo[] = [];
  for (const alt of alts) {
    const call = officer.call("post", `/api/premises/${premises.id}/files`).field("kind", "photo");
    if (alt !== undefined) void call.field("alt", alt);
    files.push((await call.attach("file", await png("#3a6"), "zdjecie.png").expect(201)).body as PremisesFileInfo);
  }
  return { premises, files };
}

describe("photos on the public side", () => {
  it("keeps the description the officer writes with a photo, and lists it for everyone", async () => {
    const { premises, files } = await premisesWithPhotos("FOT/1", "Witryna od ulicy, wejście bez progu", undefined);
    expect(files.map((f) => f.alt)).toEqual(["Witryna od ulicy, wejście bez progu", ""]);
    const list = await request(t.app).get(`/api/premises/${premises.id}/files`).expect(200);
    expect(list.body.items.map((f: PremisesFileInfo) => f.alt)).toEqual(["Witryna od ulicy, wejście bez progu", ""]);
  });

  it("gives each premises of the catalogue list its first photo, and none to a premises without", async () => {
    const { files } = await premisesWithPhotos("FOT/2", "Sala główna", "Zaplecze");
    await premisesWithPhotos("FOT/3");
    const res = await request(t.app).get("/api/premises?q=FOT/").expect(200);
    const byCode = Object.fromEntries(res.body.items.map((p: { inventoryCode: string; photo: unknown }) => [p.inventoryCode, p.photo]));
    expect(byCode["FOT/2"]).toEqual({ url: files[0]!.url, thumbnailUrl: `${files[0]!.url}/thumbnail`, alt: "Sala główna" });
    expect(byCode["FOT/3"]).toBeNull();
  });

  it("serves a photo small (WebP, 480 × 360) for the list and the popup, and no thumbnail of a plan", async () => {
    const { premises, files } = await premisesWithPhotos("FOT/6", "Sala");
    const res = await request(t.app).get(`${files[0]!.url}/thumbnail`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on("data", (c: Buffer) => chunks.push(c));
      r.on("end", () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers["content-type"]).toBe("image/webp");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const meta = await sharp(res.body as Buffer).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 480, 360]);
    await request(t.app).get(`${files[0]!.url}/thumbnail`).set("If-None-Match", res.headers.etag!).expect(304);
    const plan = (await officer.call("post", `/api/premises/${premises.id}/files`).field("kind", "plan")
      .attach("file", await png("#a63"), "rzut.png").expect(201)).body as PremisesFileInfo;
    await request(t.app).get(`${plan.url}/thumbnail`).expect(404);
  });

  it("refuses a description longer than 300 characters, naming it", async () => {
    const premises = (await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: "FOT/4" })).expect(201)).body as PremisesDetail;
    const res = await officer.call("post", `/api/premises/${premises.id}/files`).field("kind", "photo").field("alt", "x".repeat(301))
      .attach("file", await png("#36a"), "a.png").expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "alt", message: "Opis zdjęcia może mieć najwyżej 300 znaków." })]);
  });

  it("serves a withdrawn premises' files to the staff only", async () => {
    const { premises, files } = await premisesWithPhotos("FOT/5", "Elewacja");
    await request(t.app).get(files[0]!.url).expect(200);
    await officer.call("post", `/api/premises/${premises.id}/withdraw`).send({ reason: "Sprzedaż budynku" }).expect(200);
    await request(t.app).get(files[0]!.url).expect(404);
    await request(t.app).get(`/api/premises/${premises.id}/files`).expect(404);
    await request(t.app).get(`${files[0]!.url}/thumbnail`).expect(404);
    const staff = await officer.call("get", files[0]!.url).expect(200);
    expect(staff.headers["cache-control"]).toBe("private, no-cache");
    await officer.call("get", `/api/premises/${premises.id}/files`).expect(200);
  });
});
