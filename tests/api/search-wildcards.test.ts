import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signedInStaff } from "@tests/support/auth.ts";
import { createOrganisation, createPremises, createUser } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The search box finds the text typed, character for character: "%" and "_" are what they are, not
// SQL LIKE wildcards (issue 10: searching "%" listed every premises).

let t: TestApp;
let officer: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  officer = await signedInStaff(t);
  await createPremises(t.db,
    { street: "ul. Stuprocentowa", unitNo: "100%" },
    { street: "ul. Pod_kreślna" },
    { street: "ul. Zwykła" },
    { street: "ul. Podakreślna" });
  const user = await createUser(t.db);
  await createOrganisation(t.db, user, { name: "Fundacja 100% Wsparcia" });
  await createOrganisation(t.db, user, { name: "Spółdzielnia Zwykła" });
});
afterAll(() => t.close());

const streets = async (q: string) =>
  ((await request(t.app).get("/api/premises").query({ q, pageSize: 100 }).expect(200)).body.items as { street: string }[])
    .map((p) => p.street);

describe("searching premises", () => {
  it("for % finds only the premises with a % in it", async () => {
    expect(await streets("%")).toEqual(["ul. Stuprocentowa"]);
    expect(await streets("100%")).toEqual(["ul. Stuprocentowa"]);
  });

  it("for _ finds only the premises with an underscore, and _ matches no other letter", async () => {
    expect(await streets("_")).toEqual(["ul. Pod_kreślna"]);
    expect(await streets("pod_k")).toEqual(["ul. Pod_kreślna"]);
    expect(await streets("zw_k")).toEqual([]);
  });

  it("a backslash is a character too", async () => {
    expect(await streets("\\")).toEqual([]);
  });
});

describe("searching organisations (staff)", () => {
  it("for % finds only the organisation with a % in its name", async () => {
    const res = await officer.call("get", "/api/organisations").query({ q: "%", pageSize: 100 }).expect(200);
    expect(res.body.items.map((o: { name: string }) => o.name)).toEqual(["Fundacja 100% Wsparcia"]);
    const underscore = await officer.call("get", "/api/organisations").query({ q: "sp_ldzielnia", pageSize: 100 }).expect(200);
    expect(underscore.body.items).toEqual([]);
  });
});
