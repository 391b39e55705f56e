import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasEnglish, problemText } from "@server/lib/problem-texts.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

describe("problem documents follow Accept-Language", () => {
  it("an English reader gets the title, the detail and the field messages in English", async () => {
    const notFound = await request(t.app).get(`/api/premises/${MISSING_ID}`).set("Accept-Language", "en-GB,en;q=0.9").expect(404);
    expect(notFound.body).toMatchObject({ title: "Not found", detail: "There is no premises with this identifier." });
    const invalid = await request(t.app).get("/api/premises?minArea=abc").set("Accept-Language", "en").expect(400);
    expect(invalid.body.title).toBe("Invalid data");
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: "minArea", message: "Minimum area must be a number, e.g. 40 or 42.50." })]);
  });

  it("a Polish reader, or one naming neither language, gets Polish", async () => {
    for (const header of ["pl-PL,pl;q=0.9,en;q=0.8", "de-DE", undefined]) {
      const req = request(t.app).get(`/api/premises/${MISSING_ID}`);
      const res = await (header ? req.set("Accept-Language", header) : req).expect(404);
      expect(res.body).toMatchObject({ title: "Nie znaleziono", detail: "Nie ma lokalu o takim identyfikatorze." });
    }
  });

  it("weights decide: English preferred over Polish by q is English, a refused English (q=0) is not", async () => {
    const en = await request(t.app).get(`/api/premises/${MISSING_ID}`).set("Accept-Language", "de;q=1, pl;q=0.5, en;q=0.8").expect(404);
    expect(en.body.title).toBe("Not found");
    const pl = await request(t.app).get(`/api/premises/${MISSING_ID}`).set("Accept-Language", "en;q=0, pl;q=0.2").expect(404);
    expect(pl.body.title).toBe("Nie znaleziono");
  });

  it("a detail with a value in it keeps the value in English", async () => {
    const res = await request(t.app).get("/api/no-such-thing").set("Accept-Language", "en").expect(404);
    expect(res.body.detail).toBe("There is no such API address: GET /no-such-thing");
    expect(problemText("Umowa ZBK/2026/7 nie ma aneksu nr 3.", "en")).toBe("Lease ZBK/2026/7 has no annex no. 3.");
  });

  it("a signed-out reader is told to sign in in English", async () => {
    const res = await request(t.app).get("/api/applications").set("Accept-Language", "en").expect(401);
    expect(res.body).toMatchObject({ title: "Sign-in required", detail: "Sign in to continue." });
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name.endsWith(".test.ts")) return [];
    return statSync(full).isDirectory() ? sources(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("every problem text thrown in the server has its English", () => {
  it("titles and literal details of AppError", () => {
    const thrown = new Set<string>();
    for (const file of sources(path.resolve("server"))) {
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/new AppError\(\s*[\w.]+,\s*"[^"]+",\s*"([^"]+)"(?:,\s*"([^"]+)")?/g)) {
        thrown.add(m[1]!);
        if (m[2]) thrown.add(m[2]);
      }
      for (const m of code.matchAll(/AppError\.\w+\(\s*"([^"]+)"/g)) thrown.add(m[1]!);
      // A template literal: its ${…} are the values the English keeps.
      for (const m of code.matchAll(/AppError\.\w+\(\s*`([^`]+)`/g)) thrown.add(m[1]!.replace(/\$\{[^}]*\}/g, "{}"));
      for (const m of code.matchAll(/busyDetail: "([^"]+)"/g)) thrown.add(m[1]!);
    }
    expect(thrown.size).toBeGreaterThan(40);
    // One template, two sentences (złożyć | wycofać): the table lists each.
    const missing = [...thrown].filter((text) => !hasEnglish(text) && text !== "Nie można {} wniosku o statusie „{}”.");
    expect(missing).toEqual([]);
  });
});
