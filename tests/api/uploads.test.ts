import { crc32 } from "node:zlib";
import sharp from "sharp";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PremisesDetail } from "@shared/contracts/premises.ts";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createUser, premisesInput } from "@tests/support/factories.ts";
import { fileStorageEnv, storedNames } from "@tests/support/stored-files.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Issue 10, uploads: what a visitor downloads is pixels only. Every image is re-encoded by sharp, so
// the camera's EXIF (GPS position, phone model) is gone in every format, and a file that would decode
// to more than 40 million pixels is refused from its header, before anything is decoded.

let t: TestApp;
let officer: SignedIn;
let premises: PremisesDetail;

beforeAll(async () => {
  t = await createTestApp(fileStorageEnv());
  officer = await signIn(t.app, await createUser(t.db, { role: "officer" }));
  premises = (await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: "UPL/1" })).expect(201)).body as PremisesDetail;
});
afterAll(() => t.close());

const storedFiles = (premisesId: string) => storedNames(t, `premises/${premisesId}`);

function upload(premisesId: string, kind: string, bytes: Buffer, filename: string, contentType: string) {
  return officer.call("post", `/api/premises/${premisesId}/files`).field("kind", kind).attach("file", bytes, { filename, contentType });
}
async function download(url: string): Promise<request.Response> {
  return request(t.app).get(url).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("end", () => done(null, Buffer.concat(chunks)));
  }).expect(200);
}

// The GPS position of the Kraków Main Market Square (50°3′41″ N, 19°56′14″ E) as a phone writes it.
const GPS = { GPSLatitudeRef: "N", GPSLatitude: "50/1 3/1 41/1", GPSLongitudeRef: "E", GPSLongitude: "19/1 56/1 14/1" };
const EXIF = { IFD0: { Make: "Telefon", Model: "Model X" }, IFD3: GPS };
const red = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#c00" } });

/** A PNG whose header claims width × height, with one tiny IDAT: small on disk, huge if decoded. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])), chunk("IEND", Buffer.alloc(0))]);
}

describe("photos lose their metadata", () => {
  it("a JPEG from a phone, turned by its EXIF orientation, comes back upright with no EXIF at all (no GPS position)", async () => {
    // 4 × 2 pixels stored with orientation 6: a viewer shows it 2 wide and 4 high.
    const original = await red(4, 2).jpeg().withMetadata({ orientation: 6 }).withExif(EXIF).toBuffer();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(Buffer.from("Telefon"))).toBe(true);
    expect(before.orientation).toBe(6);

    const res = await upload(premises.id, "photo", original, "z-telefonu.jpg", "image/jpeg").expect(201);
    const served = (await download(res.body.url)).body as Buffer;
    const after = await sharp(served).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 2, height: 4 });
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(served.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
    expect(served.includes(Buffer.from("Telefon"))).toBe(false);
    expect(res.body).toMatchObject({ mime: "image/jpeg", size: served.length });
  });

  it("a WebP with GPS EXIF (kept until issue 10) comes back without it", async () => {
    const original = await red(8, 6).webp().withExif(EXIF).toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    expect(original.includes(Buffer.from("EXIF"))).toBe(true);

    const res = await upload(premises.id, "photo", original, "a.webp", "image/webp").expect(201);
    const served = (await download(res.body.url)).body as Buffer;
    const after = await sharp(served).metadata();
    expect(after).toMatchObject({ format: "webp", width: 8, height: 6 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(served.includes(Buffer.from("EXIF"))).toBe(false);
    expect(served.includes(Buffer.from("Telefon"))).toBe(false);
  });

  it("a PNG loses its eXIf chunk, and whatever follows the image (a polyglot's HTML) is not stored", async () => {
    const png = await red(3, 3).png().withExif(EXIF).toBuffer();
    expect(png.includes(Buffer.from("eXIf"))).toBe(true);
    const polyglot = Buffer.concat([png, Buffer.from("<html><script>alert(document.cookie)</script></html>")]);
    const res = await upload(premises.id, "plan", polyglot, "rzut.png", "image/png").expect(201);
    const served = (await download(res.body.url)).body as Buffer;
    const after = await sharp(served).metadata();
    expect(after).toMatchObject({ format: "png", width: 3, height: 3 });
    expect(after.exif).toBeUndefined();
    expect(served.includes(Buffer.from("<script"))).toBe(false);
    expect(served.includes(Buffer.from("Telefon"))).toBe(false);
  });
});

describe("decompression bombs are refused before decoding", () => {
  it("a 10,000 × 10,000 PNG (100 million pixels, a few hundred KB) gets 422 naming the file field, and nothing is stored", async () => {
    const other = (await officer.call("post", "/api/premises").send(premisesInput({ inventoryCode: "UPL/BOMB" })).expect(201)).body as PremisesDetail;
    const bomb = await red(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(other.id, "photo", bomb, "bomba.png", "image/png").expect(422);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "file", code: "file.tooManyPixels", message: expect.stringContaining("40 milionów pikseli") })]);
    const en = await upload(other.id, "photo", bomb, "bomba.png", "image/png").set("Accept-Language", "en").expect(422);
    expect(en.body.errors[0].message).toContain("40 million pixels");
    expect((await request(t.app).get(`/api/premises/${other.id}/files`).expect(200)).body.items).toEqual([]);
    expect(await storedFiles(other.id)).toEqual([]);
  });

  it("a PNG whose header claims 100,000 × 100,000 pixels is refused the same way, as a photo and as a plan", async () => {
    const header = pngHeader(100_000, 100_000);
    expect(header.length).toBeLessThan(100);
    for (const kind of ["photo", "plan"]) {
      const res = await upload(premises.id, kind, header, "naglowek.png", "image/png").expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: "file", code: "file.tooManyPixels" })]);
    }
  });

  it("an image that cannot be decoded (a truncated JPEG) gets 422 file.unreadable", async () => {
    const jpeg = await red(64, 64).jpeg().toBuffer();
    const res = await upload(premises.id, "photo", jpeg.subarray(0, 200), "urwany.jpg", "image/jpeg").expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "file", code: "file.unreadable" })]);
  });
});

describe("user files are served so that a browser never runs them", () => {
  it("an image: its type, nosniff and a sandboxing Content-Security-Policy", async () => {
    const res = await upload(premises.id, "photo", await red(2, 2).png().toBuffer(), "a.png", "image/png").expect(201);
    const file = await download(res.body.url);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(file.headers["content-disposition"]).toMatch(/^inline; /);
  });

  it("a PDF plan: stored as sent, always as an attachment, with the same headers", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
    const res = await upload(premises.id, "plan", pdf, "rzut.pdf", "application/pdf").expect(201);
    const file = await download(res.body.url);
    expect((file.body as Buffer).equals(pdf)).toBe(true);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toMatch(/^attachment; /);
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-security-policy"]).toContain("sandbox");
  });
});
