import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import { type SignedIn, signedInStaff } from "@tests/support/auth.ts";
import { premisesInput } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Text that is not well-formed (a lone UTF-16 surrogate, "\ud800" in JSON) is refused with a 400
// naming its field; the database layer cannot store it (found by the fuzz test: a 500 from Prisma).

let t: TestApp;
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  officer = await signedInStaff(t);
});
afterAll(() => t.close());

// JSON.stringify writes a lone surrogate as the escape "\ud800", as a client would send it.
const post = (body: unknown) => officer.call("post", "/api/premises").set("Content-Type", "application/json").send(JSON.stringify(body));

describe("text with a lone surrogate", () => {
  it("in a premises' description or address is a 400 naming the field", async () => {
    for (const field of ["description", "street", "unitNo"] as const) {
      const res = await post({ ...premisesInput(), [field]: `Lokal \ud800 ${field}` }).expect(400);
      expect(res.type).toBe("application/problem+json");
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code: "text.malformed" })]);
    }
    expect(await t.db.premises.count()).toBe(0);
  });

  it("nested in a list or as a key is named by its path; so it is in English", async () => {
    const input = premisesInput();
    const res = await post({ ...input, allowedUses: ["office", "\udfff"], utilities: { ...input.utilities, ["x\ud83d"]: true } })
      .set("Accept-Language", "en").expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["allowedUses.1", "utilities.x\ufffd"]);
    expect(res.body.errors[0].message).toMatch(/invalid characters/);
  });

  it("deep in a body nested 20 000 levels is still a 400, not a stack overflow", async () => {
    const deep = `${"[".repeat(20_000)}"\\ud800"${"]".repeat(20_000)}`;
    const res = await officer.call("post", "/api/premises").set("Content-Type", "application/json").send(deep).expect(400);
    expect(res.type).toBe("application/problem+json");
  });

  it("a NUL character, which PostgreSQL's text cannot hold, is a 400 in a body and in a search query", async () => {
    const res = await post({ ...premisesInput(), description: "Lokal \u0000" }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "description", code: "text.malformed" })]);
    for (const path of ["/api/premises", "/api/premises.geojson"]) {
      const search = await request(t.app).get(path).query({ q: "a\u0000b" }).expect(400);
      expect(search.type).toBe("application/problem+json");
      expect(search.body.errors).toEqual([expect.objectContaining({ field: "q", code: "text.malformed" })]);
    }
    expect(await t.db.premises.count()).toBe(0);
  });

  it("a well-formed pair (an emoji) and Polish letters are kept", async () => {
    const res = await post({ ...premisesInput(), description: "Zażółć gęślą jaźń 🏠" }).expect(201);
    expect(res.body.description).toBe("Zażółć gęślą jaźń 🏠");
  });
});
