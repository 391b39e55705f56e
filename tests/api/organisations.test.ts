import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedIn, signIn } from "@tests/support/auth.ts";
import { createOrganisation, createUser, organisationBody } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

let t: TestApp;
let applicant: SignedIn;
let officer: SignedIn;
let otherApplicant: SignedIn;

// Fundacja Przestrzeń Rozwoju, as DOMAIN.md gives it.
const FOUNDATION = organisationBody({
  name: "Fundacja Przestrzeń Rozwoju",
  nip: "675-14-71-246",
  regon: "122484153",
  krs: "0000407870",
  street: "ul. Św. Jacka 30/1",
  postalCode: "30-364",
  city: "Kraków",
  email: "Kontakt@Przestrzen-Rozwoju.PL",
  publicBenefit: true,
  economicActivity: true,
  declaredAid: [
    { grantor: "Gmina Miejska Kraków", grantedOn: "2024-03-01", amountEur: "12500.50" },
    { grantor: "Urząd Marszałkowski", grantedOn: "2025-01-15", amountEur: "1000,25" },
  ],
});

beforeAll(async () => {
  t = await createTestApp();
  [applicant, officer, otherApplicant] = await Promise.all([
    createUser(t.db).then((u) => signIn(t.app, u)),
    createUser(t.db, { role: "officer" }).then((u) => signIn(t.app, u)),
    createUser(t.db).then((u) => signIn(t.app, u)),
  ]);
});
afterAll(() => t.close());

const history = async (id: string) =>
  (await officer.call("get", `/api/audit?entity=organisation&entityId=${id}`).expect(200)).body.items as {
    action: string; actor: { email: string } | null; changes: { field: string; before: unknown; after: unknown }[];
  }[];

describe("an applicant registers its organisation", () => {
  let id: string;

  it("with the real identifiers of the foundation, stored as bare digits, pending verification", async () => {
    const res = await applicant.call("post", "/api/organisations").send(FOUNDATION).expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({
      name: "Fundacja Przestrzeń Rozwoju", legalForm: "foundation",
      nip: "6751471246", regon: "122484153", krs: "0000407870",
      email: "kontakt@przestrzen-rozwoju.pl", status: "pending-verification", verifiedAt: null,
      declaredAid: [
        { grantor: "Gmina Miejska Kraków", grantedOn: "2024-03-01", amountEur: "12500.50" },
        { grantor: "Urząd Marszałkowski", grantedOn: "2025-01-15", amountEur: "1000.25" },
      ],
      declaredAidTotalEur: "13500.75",
      members: [{ email: applicant.user.email }],
    });
  });

  it("the organisation appears in the applicant's session and own list", async () => {
    const me = await applicant.agent.get("/api/auth/me").expect(200);
    expect(me.body.organisations).toEqual([{ id, name: "Fundacja Przestrzeń Rozwoju", status: "pending-verification" }]);
    const list = await applicant.agent.get("/api/organisations").expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([id]);
  });

  it("the same applicant registering the same NIP again (written differently) gets a 409 naming the NIP", async () => {
    const res = await applicant.call("post", "/api/organisations")
      .send({ ...FOUNDATION, nip: "PL 6751471246", name: "Podróbka" }).expect(409);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "nip", code: "nip.alreadyYours" })]);
    expect(await t.db.organisation.count({ where: { name: "Podróbka" } })).toBe(0);
  });

  it("the creation is in the audit trail with who and what", async () => {
    const [created] = await history(id);
    expect(created).toMatchObject({ action: "create", actor: { email: applicant.user.email } });
    expect(created!.changes).toEqual(expect.arrayContaining([
      { field: "nip", before: null, after: "6751471246" },
      { field: "status", before: null, after: "pending-verification" },
    ]));
  });
});

describe("identifiers that fail validation", () => {
  it.each([
    ["nip", "675-14-71-247", "Numer NIP ma błędną cyfrę kontrolną.", "The NIP has a wrong check digit."],
    ["nip", "67514712", "NIP ma 10 cyfr", "A NIP has 10 digits"],
    ["regon", "122484154", "Numer REGON ma błędną cyfrę kontrolną.", "The REGON has a wrong check digit."],
    ["regon", "12248415", "REGON ma 9 lub 14 cyfr", "A REGON has 9 or 14 digits"],
    ["regon", "12248415300011", "Numer REGON ma błędną cyfrę kontrolną.", "The REGON has a wrong check digit."],
    ["krs", "00004078701", "Numer KRS to do 10 cyfr", "A KRS number has up to 10 digits"],
    ["krs", "KRS abc", "Numer KRS to do 10 cyfr", "A KRS number has up to 10 digits"],
  ])("%s %j is refused with a 400 naming the field, in Polish and in English", async (field, value, pl, en) => {
    const body = organisationBody({ [field]: value });
    const polish = await applicant.call("post", "/api/organisations").send(body).expect(400);
    expect(polish.type).toBe("application/problem+json");
    expect(polish.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(pl) })]);
    const english = await applicant.call("post", "/api/organisations").set("Accept-Language", "en").send(body).expect(400);
    expect(english.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(en) })]);
  });

  it("a foundation without a KRS number is refused; a church legal person may have none", async () => {
    const res = await applicant.call("post", "/api/organisations").send(organisationBody({ krs: "" })).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "krs", code: "krs.required" })]);
    const church = await applicant.call("post", "/api/organisations")
      .send(organisationBody({ legalForm: "church-legal-person", krs: "" })).expect(201);
    expect(church.body.krs).toBeNull();
  });

  it("a short KRS number is padded with zeros and a 14-digit REGON is accepted", async () => {
    const res = await applicant.call("post", "/api/organisations")
      .send(organisationBody({ krs: "407870", regon: "12248415300019" }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ krs: "0000407870", regon: "12248415300019" });
  });
});

describe("the other fields", () => {
  it.each([
    [{ socialEnterprise: true, socialEnterpriseSince: null }, "socialEnterpriseSince", "socialEnterpriseSince.required"],
    [{ socialEnterprise: true, socialEnterpriseSince: "2021-05-01" }, "socialEnterpriseSince", "socialEnterpriseSince.beforeAct"],
    [{ socialEnterprise: true, socialEnterpriseSince: "2999-01-01" }, "socialEnterpriseSince", "date.future"],
    [{ reintegrationType: "hospicjum" }, "reintegrationType", "reintegrationType.invalid"],
    [{ legalForm: "spółka akcyjna" }, "legalForm", "legalForm.invalid"],
    [{ postalCode: "30364" }, "postalCode", "postalCode.invalid"],
    [{ email: "biuro" }, "email", "email.invalid"],
    [{ declaredAid: [{ grantor: "Gmina", grantedOn: "2024-01-01", amountEur: "12.345" }] }, "declaredAid.0.amountEur", "amountEur.invalid"],
    [{ declaredAid: [{ grantor: "Gmina", grantedOn: "2024-01-01", amountEur: "0" }] }, "declaredAid.0.amountEur", "amountEur.invalid"],
    [{ declaredAid: [{ grantor: "Gmina", grantedOn: "2024-01-01", amountEur: "99999999999.99" }] }, "declaredAid.0.amountEur", "amountEur.invalid"],
    [{ declaredAid: [{ grantor: "Gmina", grantedOn: "2024-02-30", amountEur: "10" }] }, "declaredAid.0.grantedOn", "date.nonexistent"],
  ])("%j is refused naming %s", async (overrides, field, code) => {
    const res = await applicant.call("post", "/api/organisations").send(organisationBody(overrides as never)).expect(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });

  it("keeps the social enterprise status with its date, and the reintegration entity type", async () => {
    const res = await applicant.call("post", "/api/organisations").send(organisationBody({
      legalForm: "social-cooperative", socialEnterprise: true, socialEnterpriseSince: "2023-02-14",
      reintegrationType: "cis", economicActivity: true,
    })).expect(201);
    expect(res.body).toMatchObject({ socialEnterprise: true, socialEnterpriseSince: "2023-02-14", reintegrationType: "cis", economicActivity: true });
  });

  it("a body that is not an object, or fields of the wrong type, get 400 problems, never a 500", async () => {
    await applicant.call("post", "/api/organisations").send([1, 2]).expect(400);
    const res = await applicant.call("post", "/api/organisations").send({ ...organisationBody(), nip: 6751471246, declaredAid: "dużo" }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(["nip", "declaredAid"]));
  });
});

describe("an officer verifies or returns an organisation", () => {
  it("verifies a pending organisation; the audit records who and the status before and after", async () => {
    const { id } = await createOrganisation(t.db, applicant.user);
    const res = await officer.call("post", `/api/organisations/${id}/verify`).expect(200);
    expect(res.body).toMatchObject({ status: "verified", verifiedAt: expect.any(String) });
    const verified = (await history(id)).find((e) => e.action === "verify");
    expect(verified).toMatchObject({ action: "verify", actor: { email: officer.user.email } });
    expect(verified!.changes).toEqual(expect.arrayContaining([{ field: "status", before: "pending-verification", after: "verified" }]));
    await officer.call("post", `/api/organisations/${id}/verify`).expect(409);
  });

  it("returns it with a reason; the applicant's correction sends it back for verification", async () => {
    const { id } = await createOrganisation(t.db, applicant.user);
    const returned = await officer.call("post", `/api/organisations/${id}/return`)
      .send({ reason: "Numer KRS nie zgadza się z odpisem z rejestru." }).expect(200);
    expect(returned.body).toMatchObject({ status: "returned", returnReason: "Numer KRS nie zgadza się z odpisem z rejestru." });
    const corrected = await applicant.call("patch", `/api/organisations/${id}`).send({ krs: "0000123456" }).expect(200);
    expect(corrected.body).toMatchObject({ status: "pending-verification", returnReason: null, krs: "0000123456" });
    const resubmitted = (await history(id)).find((e) => e.action === "resubmit");
    expect(resubmitted).toMatchObject({ action: "resubmit", actor: { email: applicant.user.email } });
    expect(resubmitted!.changes).toEqual(expect.arrayContaining([
      { field: "krs", before: expect.any(String), after: "0000123456" },
      { field: "status", before: "returned", after: "pending-verification" },
    ]));
  });

  it("a return needs a reason", async () => {
    const { id } = await createOrganisation(t.db, applicant.user);
    const res = await officer.call("post", `/api/organisations/${id}/return`).send({ reason: " " }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: "reason", code: "returnReason.required" });
  });

  it("an applicant's change to verified data asks for a new verification; a new phone number does not", async () => {
    const { id } = await createOrganisation(t.db, applicant.user, {}, "verified");
    const phone = await applicant.call("patch", `/api/organisations/${id}`).send({ phone: "+48 600 100 200" }).expect(200);
    expect(phone.body.status).toBe("verified");
    const name = await applicant.call("patch", `/api/organisations/${id}`).send({ name: "Fundacja Nowa Nazwa" }).expect(200);
    expect(name.body).toMatchObject({ status: "pending-verification", verifiedAt: null });
  });

  it("an applicant's change to the declared de minimis aid asks for a new verification; the same list reordered does not", async () => {
    const aid = [
      { grantor: "Gmina Wieliczka", grantedOn: "2024-06-01", amountEur: "500.00" },
      { grantor: "Wojewoda Małopolski", grantedOn: "2025-02-03", amountEur: "1200.00" },
    ];
    const { id } = await createOrganisation(t.db, applicant.user, { declaredAid: aid }, "verified");
    const reordered = await applicant.call("patch", `/api/organisations/${id}`).send({ declaredAid: [aid[1], { ...aid[0], amountEur: "500" }] }).expect(200);
    expect(reordered.body.status).toBe("verified");
    const removed = await applicant.call("patch", `/api/organisations/${id}`).send({ declaredAid: [] }).expect(200);
    expect(removed.body).toMatchObject({ status: "pending-verification", verifiedAt: null, declaredAid: [], declaredAidTotalEur: "0.00" });
    expect((await history(id)).find((e) => e.action === "resubmit")).toMatchObject({ actor: { email: applicant.user.email } });

    const { id: other } = await createOrganisation(t.db, applicant.user, { declaredAid: aid }, "verified");
    const lowered = await applicant.call("patch", `/api/organisations/${other}`).send({ declaredAid: [aid[0], { ...aid[1], amountEur: "1.00" }] }).expect(200);
    expect(lowered.body.status).toBe("pending-verification");
  });

  it("an officer's correction keeps the status", async () => {
    const { id } = await createOrganisation(t.db, applicant.user, {}, "verified");
    const res = await officer.call("patch", `/api/organisations/${id}`).send({ city: "Kraków-Podgórze" }).expect(200);
    expect(res.body.status).toBe("verified");
  });

  it("a PATCH that breaks a rule between fields is refused and changes nothing", async () => {
    const { id } = await createOrganisation(t.db, applicant.user);
    const res = await applicant.call("patch", `/api/organisations/${id}`).send({ socialEnterprise: true }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: "socialEnterpriseSince" });
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id } })).socialEnterprise).toBe(false);
  });

  it("a PATCH to the NIP of a verified organisation gets a 409 and changes nothing", async () => {
    const taken = await createOrganisation(t.db, otherApplicant.user, {}, "verified");
    const { id, nip } = await createOrganisation(t.db, applicant.user);
    await applicant.call("patch", `/api/organisations/${id}`).send({ nip: taken.nip, name: "Zmieniona" }).expect(409);
    expect(await t.db.organisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ nip, name: expect.not.stringMatching("Zmieniona") });
  });

  it("the officers' list filters by status", async () => {
    const pending = await createOrganisation(t.db, applicant.user, { name: "Stowarzyszenie Do Sprawdzenia" });
    const res = await officer.agent.get("/api/organisations?status=pending-verification&q=do sprawdzenia").expect(200);
    expect(res.body.items.map((o: { id: string }) => o.id)).toEqual([pending.id]);
    const verified = await officer.agent.get("/api/organisations?status=verified&pageSize=100").expect(200);
    expect(verified.body.items.every((o: { status: string }) => o.status === "verified")).toBe(true);
  });
});

describe("one organisation's data is hidden from another's applicant", () => {
  let a: { id: string };

  beforeAll(async () => {
    a = await createOrganisation(t.db, applicant.user, { name: "Fundacja A" });
  });

  it("reading it answers 404, exactly as for an id that does not exist", async () => {
    const foreign = await otherApplicant.agent.get(`/api/organisations/${a.id}`).expect(404);
    const missing = await otherApplicant.agent.get("/api/organisations/00000000-0000-4000-8000-000000000000").expect(404);
    expect(foreign.body.detail).toBe(missing.body.detail);
  });

  it("changing it answers 404 and changes nothing", async () => {
    await otherApplicant.call("patch", `/api/organisations/${a.id}`).send({ name: "Przejęta" }).expect(404);
    await otherApplicant.call("post", `/api/organisations/${a.id}/members`).send({ email: otherApplicant.user.email }).expect(404);
    expect((await t.db.organisation.findUniqueOrThrow({ where: { id: a.id } })).name).toBe("Fundacja A");
  });

  it("it is not in the other applicant's list, and applicants cannot verify", async () => {
    const list = await otherApplicant.agent.get("/api/organisations?pageSize=100").expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(a.id);
    await otherApplicant.call("post", `/api/organisations/${a.id}/verify`).expect(403);
    await applicant.call("post", `/api/organisations/${a.id}/verify`).expect(403);
  });

  it("applicants cannot read the audit trail", async () => {
    await applicant.agent.get(`/api/audit?entity=organisation&entityId=${a.id}`).expect(403);
  });
});

describe("the audit trail", () => {
  it("keeps the values before and after every change, and cannot be changed through the API", async () => {
    const { id } = await createOrganisation(t.db, applicant.user, { city: "Kraków" });
    await applicant.call("patch", `/api/organisations/${id}`).send({ city: "Wieliczka", declaredAid: [
      { grantor: "Gmina Wieliczka", grantedOn: "2024-06-01", amountEur: "500" },
    ] }).expect(200);
    const update = (await history(id)).find((e) => e.action === "update");
    expect(update!.changes).toEqual(expect.arrayContaining([
      { field: "city", before: "Kraków", after: "Wieliczka" },
      { field: "declaredAid", before: [], after: [{ grantor: "Gmina Wieliczka", grantedOn: "2024-06-01", amountEur: "500.00" }] },
    ]));
    for (const method of ["put", "patch", "delete", "post"] as const) {
      await officer.call(method, "/api/audit").send({}).expect(404);
    }
  });

  it("an unknown kind of record is a 400", async () => {
    const res = await officer.agent.get("/api/audit?entity=spaceship&entityId=1").expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: "entity", code: "entity.invalid" });
  });

  it("anonymous callers cannot read it", async () => {
    await request(t.app).get("/api/audit?entity=organisation&entityId=x").expect(401);
  });
});
