import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoAccounts } from "@server/features/organisations/seed.ts";
import { weakPasswordError } from "@server/lib/auth/password-strength.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
// Each registration from its own address behind a trusted proxy: the per-address limit is not tested here.
beforeAll(async () => { t = await createTestApp({ TRUST_PROXY: "true" }); });
afterAll(async () => { await t.close(); });

let n = 0;
function register(password: string, name = "Jan Kowalski", lang = "pl") {
  n += 1;
  return request(t.app).post("/api/auth/register").set("Accept-Language", lang).set("X-Forwarded-For", `192.0.2.${n}`)
    .send({ email: `osoba-${n}@example.pl`, password, name });
}

describe("a new account's password is estimated by zxcvbn with Polish and English dictionaries", () => {
  it.each([
    ["the README's demo password", DEMO_PASSWORD],
    ["a published password with l33t and a year", "P@ssw0rd2025!"],
    ["two common words", "correct horse"],
    ["the published passphrase", "correct horse battery staple"],
    ["a first name, a year and a surname", "Marta1990-Kowalska"],
  ])("%s (%j) is refused with a 400 naming the password and nothing is created", async (_what, password) => {
    const res = await register(password).expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "password", code: "password.weak" })]);
    expect(res.body.errors[0].message).toMatch(/^Hasło jest zbyt łatwe do odgadnięcia\. /);
    expect(await t.db.user.count({ where: { email: `osoba-${n}@example.pl` } })).toBe(0);
  });

  it("the message carries the estimator's own advice, in Polish and in English", async () => {
    const pl = await register("P@ssw0rd2025!").expect(400);
    expect(pl.body.errors[0].message).toContain("To jest podobne do często używanego hasła.");
    expect(pl.body.errors[0].message).toContain("Unikaj przewidywalnych podstawień liter");
    expect(pl.body.detail).toContain("password: Hasło jest zbyt łatwe do odgadnięcia.");
    const en = await register("P@ssw0rd2025!", "Jan Kowalski", "en").expect(400);
    expect(en.body.errors[0].message).toMatch(/^The password is too easy to guess\. This is similar to a commonly used password\./);
  });

  it("a password built on the person's own name or e-mail is refused", async () => {
    const res = await register("Grzegorz-Brzeczyszczykiewicz", "Grzegorz Brzęczyszczykiewicz").expect(400);
    expect(res.body.errors[0].field).toBe("password");
  });

  it.each(["Zielony-Rower-Na-Plantach", "wiosło fiołek trolejbus mgła", "Rower-Zielony-Wawel-Plac-9"])(
    "an unrelated passphrase %j is accepted",
    async (password) => {
      await register(password).expect(201);
    },
  );

  it("the estimate is bounded: 200 characters full of l33t look-alikes are judged in well under a second", () => {
    weakPasswordError("warm-up-Password-1", []);
    const started = performance.now();
    expect(weakPasswordError("a1!".repeat(70), [])).not.toBeNull();
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("the demo accounts made by the seed still sign in with the README's password", async () => {
    await seedDemoAccounts(t.db, () => undefined);
    await request(t.app).post("/api/auth/login").send({ email: "fundacja@demo.krakow.pl", password: DEMO_PASSWORD }).expect(200);
  });
});
