import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "@shared/domain/dates.ts";
import { binary, daysFromToday, pdfText, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, signIn, verifiedApplicant } from "@tests/support/auth.ts";
import {
  applicationBody, createOrganisation, createPremisesId, createUser, submittedApplication,
} from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Every premises here: 50.00 m² at a base rate of 30.00 zł/m², so a base rent of 1 500.00 zł a month.
// The example policy: a social enterprise pays 20% of the base, 30.00 × 0.20 = 6.00 zł/m², net
// 6.00 × 50.00 = 300.00, VAT 23% 69.00, gross 369.00; aid 1 500.00 − 300.00 = 1 200.00 a month.
// Discount factors (1.0668)^(−k/12) (bc, scale=40): Σ k=0..2 = 2.98390648078630…, Σ k=3..11 = 8.66767842264084…,
// Σ k=0..11 = 11.65158490342714…

let t: TestApp;
let officer: SignedIn;
let enterprise: Applicant;
let association: Applicant;

const SOCIAL_ENTERPRISE = { socialEnterprise: true, socialEnterpriseSince: "2023-05-10", economicActivity: true };
const year = daysFromToday(-365);

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  officer = await signedInStaff(t);
  enterprise = await verifiedApplicant(t, {
    ...SOCIAL_ENTERPRISE, declaredAid: [{ grantor: "Urząd Marszałkowski", grantedOn: year, amountEur: "10000.00" }],
  });
  association = await verifiedApplicant(t, { legalForm: "association" });
});
afterAll(() => t.close());

const history = async (id: string) =>
  (await officer.call("get", `/api/audit?entity=application&entityId=${id}`).expect(200)).body.items as {
    action: string; actor: { email: string } | null;
  }[];

const messagesOf = async (who: Applicant) =>
  (await who.session.call("get", "/api/notifications").expect(200)).body as { id: string; applicationId: string; kind: string; subject: string; body: string }[];

const pdf = (who: SignedIn, url: string) => who.call("get", url).buffer(true).parse(binary);

describe("an applicant's application", () => {
  it("is drafted, changed, submitted and withdrawn, each step in the audit trail and the outbox", async () => {
    const premisesId = await createPremisesId(t.db);
    const draft = await enterprise.session.call("post", "/api/applications").send(applicationBody(enterprise.organisationId, premisesId)).expect(201);
    expect(draft.body).toMatchObject({
      status: "draft", intendedUse: "services", employees: 8, employeesAtRisk: 5, requestedMonths: 12,
      fitOut: [{ description: "Wymiana instalacji elektrycznej", cost: "12000.00" }], fitOutTotal: "12000.00",
      premises: { id: premisesId, area: "50.00", baseRent: "30.00" }, decision: null,
    });
    expect(draft.body.reference).toMatch(/^ZBK-WN\/\d{4}\/[0-9A-F]{8}$/);
    const id = draft.body.id as string;

    const changed = await enterprise.session.call("put", `/api/applications/${id}`).send({
      ...applicationBody(enterprise.organisationId, premisesId, {
        fitOut: [{ description: "Wymiana instalacji", cost: "1 234,56" }, { description: "Malowanie", cost: "800" }],
      }), organisationId: undefined,
    }).expect(200);
    expect(changed.body.fitOutTotal).toBe("2034.56");

    const submitted = await enterprise.session.call("post", `/api/applications/${id}/submit`).expect(200);
    expect(submitted.body.status).toBe("submitted");
    expect(submitted.body.submittedAt).toEqual(expect.any(String));
    await enterprise.session.call("put", `/api/applications/${id}`).send(applicationBody(enterprise.organisationId, premisesId)).expect(409);

    const withdrawn = await enterprise.session.call("post", `/api/applications/${id}/withdraw`).expect(200);
    expect(withdrawn.body.status).toBe("withdrawn");
    await enterprise.session.call("post", `/api/applications/${id}/withdraw`).expect(409);

    const mine = (await messagesOf(enterprise)).filter((m) => m.applicationId === id);
    expect(mine.map((m) => m.kind)).toEqual(["application-withdrawn", "application-submitted"]);
    const steps = await history(id);
    expect(steps.map((s) => s.action).sort()).toEqual(["create", "submit", "update", "withdraw"]);
    expect(new Set(steps.map((s) => s.actor?.email))).toEqual(new Set([enterprise.session.user.email]));
  });

  it("for a use the premises does not allow is refused, naming intendedUse", async () => {
    const premisesId = await createPremisesId(t.db, { allowedUses: ["office"] });
    const res = await enterprise.session.call("post", "/api/applications")
      .send(applicationBody(enterprise.organisationId, premisesId, { intendedUse: "gastronomy" })).expect(422);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors).toEqual([expect.objectContaining({ field: "intendedUse", code: "intendedUse.notAllowed" })]);
  });

  it.each([
    [{ employees: 3, employeesAtRisk: 4 }, "employeesAtRisk"],
    [{ requestedStart: "2020-01-01" }, "requestedStart"],
    [{ requestedMonths: 0 }, "requestedMonths"],
    [{ fitOut: [{ description: "Okna", cost: "dużo" }] }, "fitOut.0.cost"],
    [{ intendedUse: "casino" as "office" }, "intendedUse"],
    [{ activity: "" }, "activity"],
  ])("with bad input %j is refused with a 400 naming %s", async (overrides, field) => {
    const premisesId = await createPremisesId(t.db);
    const res = await enterprise.session.call("post", "/api/applications")
      .send(applicationBody(enterprise.organisationId, premisesId, overrides)).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("cannot be drafted for an organisation the officer has not verified", async () => {
    const user = await createUser(t.db);
    const pending = await createOrganisation(t.db, user, {}, "pending-verification");
    const session = await signIn(t.app, user);
    const res = await session.call("post", "/api/applications").send(applicationBody(pending.id, await createPremisesId(t.db))).expect(422);
    expect(res.body.type).toMatch(/organisation-not-verified$/);
  });

  it("cannot be drafted for a premises that is not available", async () => {
    const premisesId = await createPremisesId(t.db, { status: "leased" });
    const res = await enterprise.session.call("post", "/api/applications").send(applicationBody(enterprise.organisationId, premisesId)).expect(422);
    expect(res.body.errors[0].field).toBe("premisesId");
  });

  it("cannot be drafted on behalf of an organisation the applicant does not represent", async () => {
    await association.session.call("post", "/api/applications")
      .send(applicationBody(enterprise.organisationId, await createPremisesId(t.db))).expect(404);
  });

  it("is not visible to another organisation's applicant", async () => {
    const id = await submittedApplication(enterprise, await createPremisesId(t.db));
    await association.session.call("get", `/api/applications/${id}`).expect(404);
    await association.session.call("post", `/api/applications/${id}/withdraw`).expect(404);
    const list = await association.session.call("get", "/api/applications").expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it("is not duplicated: one open application per organisation and premises", async () => {
    const premisesId = await createPremisesId(t.db);
    await submittedApplication(enterprise, premisesId);
    await enterprise.session.call("post", "/api/applications").send(applicationBody(enterprise.organisationId, premisesId)).expect(409);
  });
});

describe("the officers' queue", () => {
  it("lists submitted applications oldest first, filtered by status, district and age, never drafts", async () => {
    const inNowaHuta = await createPremisesId(t.db, { district: "nowa-huta" });
    const inPodgorze = await createPremisesId(t.db, { district: "podgorze" });
    const older = await submittedApplication(association, inNowaHuta);
    const newer = await submittedApplication(enterprise, inNowaHuta);
    const elsewhere = await submittedApplication(enterprise, inPodgorze);
    const draft = await enterprise.session.call("post", "/api/applications")
      .send(applicationBody(enterprise.organisationId, await createPremisesId(t.db, { district: "nowa-huta" }))).expect(201);
    await t.db.application.update({ where: { id: older }, data: { submittedAt: new Date(Date.now() - 20 * 86_400_000) } });
    await t.db.application.update({ where: { id: newer }, data: { submittedAt: new Date(Date.now() - 5 * 86_400_000) } });

    const huta = await officer.call("get", "/api/applications?status=submitted&district=nowa-huta").expect(200);
    expect(huta.body.items.map((i: { id: string }) => i.id)).toEqual([older, newer]);
    expect(huta.body.items[0]).toMatchObject({ ageDays: 20, competing: 1, organisation: { id: association.organisationId } });
    const old = await officer.call("get", "/api/applications?status=submitted&minAgeDays=10").expect(200);
    expect(old.body.items.map((i: { id: string }) => i.id)).toContain(older);
    expect(old.body.items.map((i: { id: string }) => i.id)).not.toContain(newer);
    const all = await officer.call("get", "/api/applications?pageSize=100").expect(200);
    const ids = all.body.items.map((i: { id: string }) => i.id);
    expect(ids).toEqual(expect.arrayContaining([older, newer, elsewhere]));
    expect(ids).not.toContain(draft.body.id);
    await officer.call("get", "/api/applications?status=lost").expect(400);
  });
});

describe("review and approval", () => {
  let premisesId: string;
  let winner: string;
  let competitor: string;
  const start = daysFromToday(30);

  beforeAll(async () => {
    premisesId = await createPremisesId(t.db);
    competitor = await submittedApplication(association, premisesId);
    winner = await submittedApplication(enterprise, premisesId, { requestedStart: start });
  });

  it("the review shows the checks, the rate with its derivation and the competing application", async () => {
    const res = await officer.call("get", `/api/applications/${winner}/review?eurRate=4.25&beforeStartDays=90`).expect(200);
    expect(res.body.organisation).toMatchObject({ socialEnterprise: true, economicActivity: true, categories: ["social-enterprise", "other-ngo"] });
    expect(Object.fromEntries(res.body.checks.map((c: { code: string; ok: boolean }) => [c.code, c.ok]))).toEqual({
      "organisation-verified": true, "premises-available": true, "category-eligible": true, "use-allowed": true,
      "holidays-allowed": true, "rate-allowed": true, "aid-ceiling": true,
    });
    expect(res.body.terms).toMatchObject({
      rate: "6.00", best: { category: "social-enterprise", rate: "6.00" },
      alternatives: [{ category: "social-enterprise", rate: "6.00" }, { category: "other-ngo", rate: "15.00" }],
      monthly: { net: "300.00", vat: "69.00", gross: "369.00" }, holidayMonths: 3,
      aid: { priorEur: "10000.00", roomEur: "290000.00", nominal: "15300.00", discounted: "14877.07", eur: "3500.49", roomAfterEur: "286499.51" },
    });
    expect(res.body.terms.derivation).toEqual(["Stawka bazowa 30,00\u00a0zł/m²", "Zniżka 80% (przedsiębiorstwo społeczne)", "Stawka po zniżce 6,00\u00a0zł/m²"]);
    expect(res.body.competing.map((c: { id: string }) => c.id)).toEqual([competitor]);
    expect(res.body.competing[0].organisation).toMatchObject({ id: association.organisationId, categories: ["other-ngo"] });
  });

  it("without the NBP rate, the ceiling check waits for it and approval names the field", async () => {
    const review = await officer.call("get", `/api/applications/${winner}/review`).expect(200);
    expect(review.body.checks.find((c: { code: string }) => c.code === "aid-ceiling").ok).toBeNull();
    const res = await officer.call("post", `/api/applications/${winner}/approve`).send({ startDate: start, months: 12 }).expect(400);
    expect(res.body.errors[0].field).toBe("eurRate");
  });

  it("refuses rent holidays longer than the policy allows, naming the field", async () => {
    const res = await officer.call("post", `/api/applications/${winner}/approve`)
      .send({ startDate: start, months: 12, eurRate: "4.25", beforeStartDays: 91, renovationDays: 61 }).expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["beforeStartDays", "renovationDays"]);
  });

  it("refuses a rate below the policy's or above the base rate", async () => {
    const below = await officer.call("post", `/api/applications/${winner}/approve`).send({ startDate: start, months: 12, eurRate: "4.25", rate: "5.99" }).expect(422);
    expect(below.body.errors).toEqual([expect.objectContaining({ field: "rate", code: "rate.belowPolicy" })]);
    const above = await officer.call("post", `/api/applications/${winner}/approve`).send({ startDate: start, months: 12, eurRate: "4.25", rate: "30.01" }).expect(422);
    expect(above.body.errors).toEqual([expect.objectContaining({ field: "rate", code: "rate.aboveBase" })]);
  });

  it("approval reserves the premises, records the decision with its derivation and aid, and tells the competitor", async () => {
    const before = await request(t.app).get("/api/premises.geojson?status=available,reserved").expect(200);
    const res = await officer.call("post", `/api/applications/${winner}/approve`)
      .send({ startDate: start, months: 12, eurRate: "4,2500", beforeStartDays: 90 }).expect(200);
    // Months k = 0…2 are rent-free (90 days = 3 months): aid 1 500.00; k = 3…11: 1 200.00.
    // Nominal 3 × 1 500 + 9 × 1 200 = 15 300.00. Discounted 1 500 × 2.98390648… + 1 200 × 8.66767842… = 14 877.0738… → 14 877.07.
    // In euro 14 877.07 / 4.25 = 3 500.4870… → 3 500.49. Declared 10 000.00 earlier: room after 300 000 − 13 500.49 = 286 499.51.
    expect(res.body).toMatchObject({
      status: "approved",
      decision: {
        outcome: "approved", category: "social-enterprise", categoryLabel: "przedsiębiorstwo społeczne",
        baseRate: "30.00", policyRate: "6.00", rate: "6.00", startDate: start, months: 12, beforeStartDays: 90, renovationDays: 0,
        monthly: { net: "300.00", vat: "69.00", gross: "369.00" },
        policy: { isExample: true },
        aid: {
          deMinimis: true, grantDate: start, discountRate: "0.0668", eurRate: "4.2500",
          nominal: "15300.00", discounted: "14877.07", eur: "3500.49", priorEur: "10000.00", roomAfterEur: "286499.51",
        },
        documents: { decision: `/api/applications/${winner}/decision.pdf`, certificate: `/api/applications/${winner}/de-minimis-certificate.pdf` },
      },
    });
    const premises = await request(t.app).get(`/api/premises/${premisesId}`).expect(200);
    expect(premises.body.status).toBe("reserved");
    const after = await request(t.app).get("/api/premises.geojson?status=available,reserved").set("If-None-Match", String(before.headers.etag)).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);

    const lost = await association.session.call("get", `/api/applications/${competitor}`).expect(200);
    expect(lost.body).toMatchObject({ status: "rejected", decision: { outcome: "rejected", reason: "Lokal przyznano innemu wnioskodawcy." } });
    const told = (await messagesOf(association)).find((m) => m.applicationId === competitor && m.kind === "application-lost");
    expect(told?.subject).toContain("przyznano innemu wnioskodawcy");
    const approvedMessage = (await messagesOf(enterprise)).find((m) => m.applicationId === winner && m.kind === "application-approved");
    expect(approvedMessage?.body.replace(/\s/g, " ")).toContain("369,00 zł brutto");

    expect((await history(winner)).map((h) => [h.action, h.actor?.email])).toContainEqual(["approve", officer.user.email]);
    expect((await history(competitor)).map((h) => [h.action, h.actor?.email])).toContainEqual(["reject", officer.user.email]);
    const policies = await officer.call("get", "/api/rate-policies").expect(200);
    expect(policies.body[0].decisions).toBe(1);
  });

  it("a decided application cannot be decided again", async () => {
    await officer.call("post", `/api/applications/${winner}/approve`).send({ startDate: start, months: 12, eurRate: "4.25" }).expect(409);
    await officer.call("post", `/api/applications/${winner}/reject`).send({ reason: "Druga decyzja w tej samej sprawie." }).expect(409);
    await enterprise.session.call("post", `/api/applications/${winner}/withdraw`).expect(409);
  });

  it("the applicant downloads the decision and the certificate, whose text holds the amounts", async () => {
    const decision = await pdf(enterprise.session, `/api/applications/${winner}/decision.pdf`).expect(200);
    expect(decision.type).toBe("application/pdf");
    const text = pdfText(decision.body as Buffer);
    for (const expected of [
      "DECYZJA", "przedsiębiorstwo społeczne", "Stawka bazowa 30,00 zł/m²", "Zniżka 80% (przedsiębiorstwo społeczne)",
      "Czynsz miesięczny netto 300,00 zł", "VAT 23% 69,00 zł", "Czynsz miesięczny brutto 369,00 zł",
      "Wartość nominalna preferencji 15 300,00 zł", "14 877,07 zł", "3 500,49 EUR", "4,2500 zł", "10 000,00 EUR", "286 499,51 EUR",
      `${formatDate(start)}`, "Powierzchnia użytkowa 50,00 m²", "6,68%",
    ]) expect(text).toContain(expected);

    const certificate = await pdf(enterprise.session, `/api/applications/${winner}/de-minimis-certificate.pdf`).expect(200);
    const cert = pdfText(certificate.body as Buffer);
    for (const expected of [
      "ZAŚWIADCZENIE O POMOCY DE MINIMIS", "Rozporządzenie Komisji (UE) 2023/2831", "14 877,07 zł", "3 500,49 EUR", "4,2500 zł",
      `Dzień udzielenia pomocy ${formatDate(start)}`, "Gmina Miejska Kraków",
    ]) expect(cert).toContain(expected);
    const nip = (await t.db.organisation.findUniqueOrThrow({ where: { id: enterprise.organisationId } })).nip;
    expect(cert).toContain(`NIP beneficjenta ${nip}`);

    await pdf(association.session, `/api/applications/${winner}/decision.pdf`).expect(404);
    await pdf(officer, `/api/applications/${winner}/decision.pdf`).expect(200);
  });
});

describe("the de minimis ceiling", () => {
  it("refuses an approval that would cross it, says how much room is left, and accepts a higher rate", async () => {
    const nearCeiling = await verifiedApplicant(t, {
      ...SOCIAL_ENTERPRISE, declaredAid: [{ grantor: "Wojewoda Małopolski", grantedOn: year, amountEur: "299000.00" }],
    });
    const premisesId = await createPremisesId(t.db);
    const id = await submittedApplication(nearCeiling, premisesId);
    const start = daysFromToday(30);
    // 12 months at 6.00: 1 200 × 11.6515849… = 13 981.90 zł; / 4.25 = 3 289.86 EUR > the 1 000.00 EUR left.
    // Cumulative in euro: 3 months 3 580.69 zł → 842.52 EUR fit; 4 months 4 761.44 zł → 1 120.34 EUR do not.
    const refused = await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: start, months: 12, eurRate: "4.25" }).expect(422);
    expect(refused.body.type).toMatch(/de-minimis-ceiling$/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: "months", code: "deMinimis.ceiling" })]);
    const detail = String(refused.body.detail).replace(/\s/g, " ");
    expect(detail).toContain("Pozostało 1 000,00 EUR");
    expect(detail).toContain("o 2 289,86 EUR");
    expect(detail).toContain("najwyżej 3 mies.");
    const review = await officer.call("get", `/api/applications/${id}/review?eurRate=4.25&months=12`).expect(200);
    expect(review.body.terms.aid).toMatchObject({ eur: "3289.86", roomEur: "1000.00", excessEur: "2289.86", maxMonths: 3 });
    expect(review.body.checks.find((c: { code: string }) => c.code === "aid-ceiling").ok).toBe(false);
    expect((await t.db.premises.findUniqueOrThrow({ where: { id: premisesId } })).status).toBe("available");

    // At 25.00 zł/m²: aid 1 500 − 1 250 = 250.00 a month; 250 × 11.6515849… = 2 912.90 zł → 685.39 EUR; 314.61 EUR left.
    const approved = await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: start, months: 12, eurRate: "4.25", rate: "25.00" }).expect(200);
    expect(approved.body.decision).toMatchObject({ rate: "25.00", policyRate: "6.00", aid: { discounted: "2912.90", eur: "685.39", roomAfterEur: "314.61" } });
    expect(approved.body.decision.derivation.at(-1)).toContain("Stawka ustalona w decyzji 25,00");
  });
});

describe("decisions that refuse", () => {
  it("an organisation no longer verified cannot be decided", async () => {
    const applicant = await verifiedApplicant(t, SOCIAL_ENTERPRISE);
    const id = await submittedApplication(applicant, await createPremisesId(t.db));
    await t.db.organisation.update({ where: { id: applicant.organisationId }, data: { status: "pending_verification" } });
    const review = await officer.call("get", `/api/applications/${id}/review?eurRate=4.25`).expect(200);
    expect(review.body.checks.find((c: { code: string }) => c.code === "organisation-verified").ok).toBe(false);
    const res = await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: daysFromToday(30), months: 12, eurRate: "4.25" }).expect(422);
    expect(res.body.type).toMatch(/organisation-not-verified$/);
    expect((await officer.call("get", `/api/applications/${id}`).expect(200)).body.status).toBe("submitted");
  });

  it("a rejection gives the reason to the applicant, in the outbox and in the decision PDF", async () => {
    const id = await submittedApplication(association, await createPremisesId(t.db));
    await officer.call("post", `/api/applications/${id}/reject`).send({ reason: "za krótko" }).expect(400);
    const reason = "Planowana działalność nie odpowiada przeznaczeniu budynku mieszkalnego.";
    const res = await officer.call("post", `/api/applications/${id}/reject`).send({ reason }).expect(200);
    expect(res.body).toMatchObject({ status: "rejected", decision: { outcome: "rejected", reason, aid: null, documents: { certificate: null } } });
    const message = (await messagesOf(association)).find((m) => m.applicationId === id);
    expect(message).toMatchObject({ kind: "application-rejected" });
    expect(message?.body).toContain(reason);
    const text = pdfText((await pdf(association.session, `/api/applications/${id}/decision.pdf`).expect(200)).body as Buffer);
    expect(text).toContain("Odmawia się zgody");
    expect(text).toContain(reason);
    await pdf(association.session, `/api/applications/${id}/de-minimis-certificate.pdf`).expect(404);
    expect((await history(id)).map((h) => h.action)).toContain("reject");
  });

  it("an organisation without economic activity gets no de minimis certificate", async () => {
    const id = await submittedApplication(association, await createPremisesId(t.db));
    // Other NGO: 30.00 × 0.50 = 15.00 zł/m²; aid 1 500 − 750 = 750.00 a month, 12 × 750 = 9 000.00 nominal,
    // 750 × 11.6515849… = 8 738.6886… → 8 738.69 discounted. No NBP rate needed.
    const res = await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: daysFromToday(30), months: 12 }).expect(200);
    expect(res.body.decision).toMatchObject({
      rate: "15.00", category: "other-ngo",
      aid: { deMinimis: false, nominal: "9000.00", discounted: "8738.69", eur: null, eurRate: null }, documents: { certificate: null },
    });
    const text = pdfText((await pdf(association.session, `/api/applications/${id}/decision.pdf`).expect(200)).body as Buffer);
    expect(text).toContain("nie stanowi pomocy de minimis");
    expect(text).toContain("Czynsz miesięczny netto 750,00 zł");
    await pdf(association.session, `/api/applications/${id}/de-minimis-certificate.pdf`).expect(404);
  });

  it("an undecided application has no decision document yet", async () => {
    const id = await submittedApplication(association, await createPremisesId(t.db));
    await pdf(association.session, `/api/applications/${id}/decision.pdf`).expect(404);
  });
});

describe("the applicant's messages", () => {
  it("are marked read one by one, and another organisation cannot touch them", async () => {
    const [first] = await messagesOf(enterprise);
    const id = first!.id;
    const read = await enterprise.session.call("post", `/api/notifications/${id}/read`).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    await association.session.call("post", `/api/notifications/${id}/read`).expect(404);
    const unread = (await enterprise.session.call("get", "/api/notifications?unread=true").expect(200)).body as { id: string }[];
    expect(unread.map((m) => m.id)).not.toContain(id);
  });
});
