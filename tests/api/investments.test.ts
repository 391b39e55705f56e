import { execFileSync } from "node:child_process";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedPriceIndices } from "@server/features/price-indices/seed.ts";
import type { Investment } from "@shared/contracts/investments.ts";
import { fixedClock } from "@shared/domain/dates.ts";
import { binary, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId } from "@tests/support/factories.ts";
import { fileStorageEnv } from "@tests/support/stored-files.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// Today is 15.06.2025 in Kraków (the app's clock). Every lease here: 50.00 m² from 01.01.2024 for 24
// months at 10.00 zł/m²: 2024 net 500.00, VAT 115.00, gross 615.00. On 01.01.2025 the rate is indexed
// by the CPI of 2024 (103.6, seeded): round(10.00 × 1.036) = 10.36, net 518.00, VAT 119.14, gross
// 637.14; at the default offset share of 50% a month's offset is at most round(318.57) = 318.57.
// Deposit 3 × 615.00 = 1 845.00. The premises start with no accessibility (steps, door 80 cm).

let t: TestApp;
let officer: SignedIn;
let tenant: Applicant;
let other: Applicant;

beforeAll(async () => {
  t = await createTestApp(fileStorageEnv(), fixedClock("2025-06-15T10:00:00Z"));
  await seedPolicy(t);
  await seedPriceIndices(t.db);
  officer = await signedInStaff(t);
  tenant = await verifiedApplicant(t);
  other = await verifiedApplicant(t);
});
afterAll(() => t.close());

async function signedLease(premisesId?: string): Promise<{ id: string; premisesId: string }> {
  const premises = premisesId ?? await createPremisesId(t.db);
  const lease = await officer.call("post", "/api/leases").send({
    organisationId: tenant.organisationId, premisesId: premises, startDate: "2024-01-01", months: 24, rate: "10.00", holidayDays: 0,
  }).expect(201);
  await officer.call("post", `/api/leases/${lease.body.id}/sign`).send({ signedOn: "2023-12-20" }).expect(200);
  return { id: lease.body.id as string, premisesId: premises };
}

const ramp = {
  title: "Podjazd i szersze drzwi", category: "accessibility", scope: "Podjazd o nachyleniu 6% przy wejściu i poszerzenie drzwi do 90 cm.",
  plannedStart: "2025-01-10", plannedEnd: "2025-02-10",
  estimate: [{ description: "Podjazd betonowy z poręczami", amount: "1800.00" }, { description: "Poszerzenie otworu drzwiowego", amount: "700.00" }],
  addsFeatures: ["ramp", "wideDoor"],
};
// A valid NIP (DOMAIN.md's example), typed with dashes.
const invoice = { number: "FV/12/2025", date: "2025-02-10", seller: "Budrem sp. z o.o.", nip: "675-14-71-246", net: "2100.00" };

const propose = (leaseId: string, body: object = ramp, who: SignedIn = tenant.session) => who.call("post", `/api/leases/${leaseId}/investments`).send(body);

async function through(leaseId: string, to: "proposed" | "consented" | "completed", body: object = ramp): Promise<Investment> {
  const proposed = (await propose(leaseId, body).expect(201)).body as Investment;
  if (to === "proposed") return proposed;
  await officer.call("post", `/api/investments/${proposed.id}/consent`).send({ approvedAmount: "2000.00", conditions: "Projekt uzgodniony z zarządcą budynku." }).expect(200);
  if (to === "consented") return proposed;
  return (await tenant.session.call("post", `/api/investments/${proposed.id}/complete`).send({ completedOn: "2025-02-10", actualCost: "2100.00", invoices: [invoice] }).expect(200)).body as Investment;
}

const fieldOf = (res: request.Response) => (res.body.errors as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`);

describe("the life of an investment", () => {
  it("a ramp is proposed, consented, completed with an invoice and accepted: the premises becomes partly accessible and the rent is offset", async () => {
    const lease = await signedLease();
    expect((await request(t.app).get(`/api/premises/${lease.premisesId}`).expect(200)).body.accessibilityLevel).toBe("none");

    const proposed = (await propose(lease.id).expect(201)).body as Investment;
    expect(proposed).toMatchObject({ status: "proposed", estimateTotal: "2500.00", addsFeatures: ["ramp", "wideDoor"], leaseId: lease.id, offsetShare: "0.50", remainderAtEnd: "refund" });

    const consented = (await officer.call("post", `/api/investments/${proposed.id}/consent`).send({ approvedAmount: "2000.00", conditions: "Projekt uzgodniony z zarządcą budynku." }).expect(200)).body as Investment;
    expect(consented).toMatchObject({ status: "consented", approvedAmount: "2000.00", consentedOn: "2025-06-15" });

    const completed = (await tenant.session.call("post", `/api/investments/${proposed.id}/complete`).send({ completedOn: "2025-02-10", actualCost: "2100.00", invoices: [invoice] }).expect(200)).body as Investment;
    expect(completed).toMatchObject({ status: "completed", actualCost: "2100.00", invoicesTotal: "2100.00" });
    expect(completed.invoices).toEqual([{ ...invoice, nip: "6751471246" }]);

    // The protocol is dated in the past; without an amount: min(2 100.00 actual, 2 000.00 approved) = 2 000.00.
    const accepted = (await officer.call("post", `/api/investments/${proposed.id}/accept`).send({ acceptedOn: "2025-02-28" }).expect(200)).body as Investment;
    // Offsets from March: March–June (today's month) 4 × 318.57 = 1 274.28; 2 000.00 − 1 274.28 = 725.72 left.
    expect(accepted).toMatchObject({ status: "accepted", acceptedAmount: "2000.00", acceptedOn: "2025-02-28", offsetSoFar: "1274.28", remainder: "725.72" });
    expect(accepted.history.map((h) => h.status)).toEqual(["proposed", "consented", "completed", "accepted"]);

    // The public map: ramp + door 90 cm → reachable step-free, but no level floor nor accessible toilet: partial.
    const premises = (await request(t.app).get(`/api/premises/${lease.premisesId}`).expect(200)).body;
    expect(premises).toMatchObject({ accessibilityLevel: "partial", accessibility: expect.objectContaining({ ramp: true, doorWidthCm: 90 }) });
    const geo = (await request(t.app).get(`/api/premises.geojson?status=leased&accessibility=partial`).expect(200)).body as { features: { properties: { id: string } }[] };
    expect(geo.features.map((f) => f.properties.id)).toContain(lease.premisesId);
    const historyList = (await request(t.app).get(`/api/premises/${lease.premisesId}/investments`).expect(200)).body;
    expect(historyList.items).toEqual([{ id: proposed.id, title: ramp.title, category: "accessibility", year: 2025, acceptedOn: "2025-02-28", addsFeatures: ["ramp", "wideDoor"] }]);

    // The schedule: February 0; March to August 318.57; September the last 2 000.00 − 6 × 318.57 = 88.58.
    const schedule = (await tenant.session.call("get", `/api/leases/${lease.id}/schedule`).expect(200)).body;
    const offsets = Object.fromEntries((schedule.rows as { month: string; offset: string; toPay: string }[]).map((r) => [r.month, [r.offset, r.toPay]]));
    expect(offsets["2025-02"]).toEqual(["0.00", "637.14"]);
    expect(offsets["2025-03"]).toEqual(["318.57", "318.57"]);
    expect(offsets["2025-08"]).toEqual(["318.57", "318.57"]);
    expect(offsets["2025-09"]).toEqual(["88.58", "548.56"]);
    expect(offsets["2025-10"]).toEqual(["0.00", "637.14"]);
    expect(schedule.totals.offset).toBe("2000.00");
    expect(schedule.investments).toEqual([{ id: proposed.id, title: ramp.title, accepted: "2000.00", offset: "2000.00", remainder: "0.00" }]);
    expect(schedule).toMatchObject({ investmentsRemainder: "0.00", remainderAtEnd: "refund" });

    // Every step in the audit trail and in the tenant's messages.
    const audit = (await officer.call("get", `/api/audit?entity=investment&entityId=${proposed.id}`).expect(200)).body.items as { action: string }[];
    expect(audit.map((e) => e.action).sort()).toEqual(["accepted", "completed", "consented", "propose"].sort());
    const messages = (await tenant.session.call("get", "/api/notifications").expect(200)).body as { kind: string; subject: string }[];
    expect(messages.map((m) => m.kind)).toEqual(expect.arrayContaining(["investment-proposed", "investment-consented", "investment-completed", "investment-accepted"]));
  });

  it("accepts less than the ceiling only with a reason, never more, never in the future or before the completion", async () => {
    const lease = await signedLease();
    const done = await through(lease.id, "completed");
    const accept = (body: object) => officer.call("post", `/api/investments/${done.id}/accept`).send(body);
    expect(fieldOf(await accept({ acceptedOn: "2025-06-16" }).expect(422))).toEqual(["acceptedOn:date.future"]);
    expect(fieldOf(await accept({ acceptedOn: "2025-02-09" }).expect(422))).toEqual(["acceptedOn:date.beforeCompletion"]);
    expect(fieldOf(await accept({ acceptedOn: "2025-03-01", acceptedAmount: "2000.01" }).expect(422))).toEqual(["acceptedAmount:acceptedAmount.tooHigh"]);
    expect(fieldOf(await accept({ acceptedOn: "2025-03-01", acceptedAmount: "1500.00" }).expect(422))).toEqual(["reason:acceptance.reasonRequired"]);
    expect(fieldOf(await accept({ acceptedOn: "2025-03-01", conditionAfter: "good" }).expect(422))).toEqual(["conditionAfter:conditionAfter.notRenovation"]);
    // Nothing was half-written: still completed.
    expect((await officer.call("get", `/api/investments/${done.id}`).expect(200)).body.status).toBe("completed");
    const ok = await accept({ acceptedOn: "2025-06-15", acceptedAmount: "1500.00", reason: "Część robót niezgodna z kosztorysem." }).expect(200);
    expect(ok.body).toMatchObject({ acceptedAmount: "1500.00", acceptanceReason: "Część robót niezgodna z kosztorysem.", offsetSoFar: "0.00", remainder: "1500.00" });
  });
});

describe("the steps: none skipped, repeated or taken by the wrong role", () => {
  it("refuses a skipped or repeated step with 409 naming the status", async () => {
    const lease = await signedLease();
    const proposed = await through(lease.id, "proposed");
    const complete = { completedOn: "2025-02-10", actualCost: "2100.00", invoices: [invoice] };
    expect(fieldOf(await tenant.session.call("post", `/api/investments/${proposed.id}/complete`).send(complete).expect(409))).toEqual(["status:investment.notConsented"]);
    expect(fieldOf(await officer.call("post", `/api/investments/${proposed.id}/accept`).send({ acceptedOn: "2025-03-01" }).expect(409))).toEqual(["status:investment.notCompleted"]);
    await officer.call("post", `/api/investments/${proposed.id}/consent`).send({ approvedAmount: "2000.00" }).expect(200);
    expect(fieldOf(await officer.call("post", `/api/investments/${proposed.id}/consent`).send({ approvedAmount: "2000.00" }).expect(409))).toEqual(["status:investment.notProposed"]);
    expect(fieldOf(await officer.call("post", `/api/investments/${proposed.id}/refuse`).send({ reason: "Za późno." }).expect(409))).toEqual(["status:investment.notProposed"]);
    await tenant.session.call("post", `/api/investments/${proposed.id}/complete`).send(complete).expect(200);
    expect(fieldOf(await tenant.session.call("post", `/api/investments/${proposed.id}/complete`).send(complete).expect(409))).toEqual(["status:investment.notConsented"]);
  });

  it("a tenant cannot consent to nor accept its own investment; an officer cannot report completion", async () => {
    const lease = await signedLease();
    const consented = await through(lease.id, "consented");
    await tenant.session.call("post", `/api/investments/${consented.id}/consent`).send({ approvedAmount: "1.00" }).expect(403);
    await tenant.session.call("post", `/api/investments/${consented.id}/accept`).send({ acceptedOn: "2025-03-01" }).expect(403);
    await officer.call("post", `/api/investments/${consented.id}/complete`).send({ completedOn: "2025-02-10", actualCost: "2100.00", invoices: [invoice] }).expect(403);
    await officer.call("post", `/api/leases/${lease.id}/investments`).send(ramp).expect(403);
  });

  it("another organisation sees none of it: 404 for the record, its documents, its lease, and its list is empty", async () => {
    const lease = await signedLease();
    const consented = await through(lease.id, "consented");
    await other.session.call("get", `/api/investments/${consented.id}`).expect(404);
    await other.session.call("get", `/api/investments/${consented.id}/consent.pdf`).expect(404);
    await other.session.call("post", `/api/investments/${consented.id}/complete`).send({ completedOn: "2025-02-10", actualCost: "2100.00", invoices: [invoice] }).expect(404);
    await propose(lease.id, ramp, other.session).expect(404);
    const list = (await other.session.call("get", "/api/investments").expect(200)).body;
    expect(list.items).toEqual([]);
    expect(list.totals.count).toBe(0);
  });

  it("of two consents at once exactly one succeeds; the other gets 409", async () => {
    const lease = await signedLease();
    const proposed = await through(lease.id, "proposed");
    const results = await Promise.all([1, 2].map(() => officer.call("post", `/api/investments/${proposed.id}/consent`).send({ approvedAmount: "2000.00" })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("refuses a proposal under a draft lease, and input the rules refuse, naming the field", async () => {
    const premisesId = await createPremisesId(t.db);
    const draft = await officer.call("post", "/api/leases").send({ organisationId: tenant.organisationId, premisesId, startDate: "2024-01-01", months: 24, rate: "10.00", holidayDays: 0 }).expect(201);
    expect(fieldOf(await propose(draft.body.id as string).expect(409))).toEqual(["status:investment.notSigned"]);
    const lease = await signedLease();
    expect(fieldOf(await propose(lease.id, { ...ramp, addsFeatures: [] }).expect(400))).toEqual(["addsFeatures:addsFeatures.required"]);
    expect(fieldOf(await propose(lease.id, { ...ramp, category: "renovation" }).expect(400))).toEqual(["addsFeatures:addsFeatures.notAccessibility"]);
    expect(fieldOf(await propose(lease.id, { ...ramp, estimate: [{ description: "Podjazd", amount: "12,5,0" }] }).expect(400))).toEqual(["estimate.0.amount:estimate.amount"]);
    expect(fieldOf(await propose(lease.id, { ...ramp, plannedEnd: "2026-01-01" }).expect(422))).toEqual(["plannedEnd:date.afterLease"]);
    const consented = await through(lease.id, "consented");
    const bad = await tenant.session.call("post", `/api/investments/${consented.id}/complete`).send({ completedOn: "2025-02-10", actualCost: "2100.00", invoices: [{ ...invoice, nip: "675-14-71-247" }] }).expect(400);
    expect(fieldOf(bad)).toEqual(["invoices.0.nip:nip.checksum"]);
    const over = await tenant.session.call("post", `/api/investments/${consented.id}/complete`).send({ completedOn: "2025-02-10", actualCost: "2100.01", invoices: [invoice] }).expect(400);
    expect(fieldOf(over)).toEqual(["actualCost:actualCost.overInvoices"]);
    const future = await tenant.session.call("post", `/api/investments/${consented.id}/complete`).send({ completedOn: "2025-06-16", actualCost: "2100.00", invoices: [invoice] }).expect(422);
    expect(fieldOf(future)).toEqual(["completedOn:date.future"]);
    const tooMuch = await officer.call("post", `/api/investments/${(await through(lease.id, "proposed")).id}/consent`).send({ approvedAmount: "2500.01" }).expect(422);
    expect(fieldOf(tooMuch)).toEqual(["approvedAmount:approvedAmount.overEstimate"]);
  });
});

describe("settlement at the end of the lease", () => {
  it("a termination leaves a remainder, refunded beside the deposit; a renovation raises the condition grade", async () => {
    const lease = await signedLease();
    const renovation = { ...ramp, title: "Remont instalacji i posadzek", category: "renovation", addsFeatures: undefined, estimate: [{ description: "Remont", amount: "3000.00" }] };
    const proposed = (await propose(lease.id, renovation).expect(201)).body as Investment;
    await officer.call("post", `/api/investments/${proposed.id}/consent`).send({ approvedAmount: "3000.00" }).expect(200);
    await tenant.session.call("post", `/api/investments/${proposed.id}/complete`).send({ completedOn: "2025-05-20", actualCost: "3000.00", invoices: [{ ...invoice, net: "3000.00" }] }).expect(200);
    await officer.call("post", `/api/investments/${proposed.id}/accept`).send({ acceptedOn: "2025-05-31", conditionAfter: "good" }).expect(200);
    expect((await request(t.app).get(`/api/premises/${lease.premisesId}`).expect(200)).body.condition).toBe("good");

    await officer.call("post", `/api/leases/${lease.id}/terminate`).send({ date: "2025-06-30", reason: "Porozumienie stron." }).expect(200);
    // June is the only month offset: 318.57; remainder 3 000.00 − 318.57 = 2 681.43, refunded.
    const schedule = (await officer.call("get", `/api/leases/${lease.id}/schedule`).expect(200)).body;
    expect(schedule.investments).toEqual([{ id: proposed.id, title: renovation.title, accepted: "3000.00", offset: "318.57", remainder: "2681.43" }]);
    expect(schedule).toMatchObject({ investmentsRemainder: "2681.43", remainderAtEnd: "refund" });
    // Deposit 1 845.00 − 200.00 = 1 645.00 returned; with the refund 1 645.00 + 2 681.43 = 4 326.43 to the tenant.
    const settlement = (await officer.call("post", `/api/leases/${lease.id}/deposit-settlement`).send({ deductions: [{ reason: "Malowanie ścian", amount: "200.00" }] }).expect(200)).body;
    expect(settlement).toMatchObject({ deposit: "1845.00", returned: "1645.00", investments: { remainder: "2681.43", remainderAtEnd: "refund", refund: "2681.43", toTenant: "4326.43" } });
  });
});

describe("an annex changing the offset share", () => {
  it("lowers the monthly offsets from its date; what is not offset by the end is the remainder", async () => {
    const lease = await signedLease();
    const done = await through(lease.id, "completed");
    await officer.call("post", `/api/investments/${done.id}/accept`).send({ acceptedOn: "2025-02-28" }).expect(200);
    await officer.call("post", `/api/leases/${lease.id}/annexes`).send({ effectiveFrom: "2025-05-01", offsetShare: "0.25" }).expect(201);
    // March, April at 50%: 318.57 each. From May at 25%: round(0.25 × 637.14 = 159.285) = 159.29.
    // By the end (December 2025): 2 × 318.57 + 8 × 159.29 = 637.14 + 1 274.32 = 1 911.46; 2 000.00 − 1 911.46 = 88.54 left.
    const schedule = (await tenant.session.call("get", `/api/leases/${lease.id}/schedule`).expect(200)).body;
    const offsetOf = (month: string) => (schedule.rows as { month: string; offset: string }[]).find((r) => r.month === month)!.offset;
    expect(["2025-04", "2025-05", "2025-12"].map(offsetOf)).toEqual(["318.57", "159.29", "159.29"]);
    expect(schedule.investments).toEqual([{ id: done.id, title: ramp.title, accepted: "2000.00", offset: "1911.46", remainder: "88.54" }]);
    expect(schedule).toMatchObject({ investmentsRemainder: "88.54", remainderAtEnd: "refund" });
    // So far (to June): 2 × 318.57 + 2 × 159.29 = 955.72; 1 044.28 left. The consent's terms now name 25%.
    expect((await tenant.session.call("get", `/api/investments/${done.id}`).expect(200)).body).toMatchObject({ offsetSoFar: "955.72", remainder: "1044.28", offsetShare: "0.25" });
  });
});

describe("lists, totals and the export", () => {
  it("officers filter by status, category and district with totals over every match; tenants see their own", async () => {
    const lease = await signedLease();
    await through(lease.id, "proposed");
    await through(lease.id, "consented");
    const page = (await officer.call("get", `/api/investments?leaseId=${lease.id}&status=proposed,consented&category=accessibility&district=stare-miasto&year=2025&pageSize=1`).expect(200)).body;
    expect(page.page).toMatchObject({ total: 2, pages: 2, pageSize: 1 });
    // 2 × 2 500.00 estimated, 2 000.00 approved once.
    expect(page.totals).toEqual({ count: 2, estimate: "5000.00", approved: "2000.00", actualCost: "0.00", accepted: "0.00" });
    expect((await officer.call("get", `/api/investments?leaseId=${lease.id}&status=accepted`).expect(200)).body.totals.count).toBe(0);
    expect((await tenant.session.call("get", `/api/investments?leaseId=${lease.id}`).expect(200)).body.totals.count).toBe(2);
    expect(fieldOf(await officer.call("get", "/api/investments?year=99").expect(400))).toEqual(["year:investmentYear.invalid"]);

    const csv = await officer.call("get", `/api/investments/export.csv?leaseId=${lease.id}`).expect(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const lines = csv.text.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toContain("Umowa;Najemca;Lokal");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("2500,00");
    await tenant.session.call("get", "/api/investments/export.csv").expect(403);
  });
});

describe("photos and scans", () => {
  // A 1×1 PNG and the smallest PDF header: what the register's upload checks accept.
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
  const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const upload = (who: SignedIn, id: string, kind: string, file: Buffer, name: string) =>
    who.call("post", `/api/investments/${id}/files`).field("kind", kind).attach("file", file, name);

  it("the tenant adds them between consent and acceptance, typed by content; staff and the tenant read them, another organisation cannot", async () => {
    const lease = await signedLease();
    const proposed = await through(lease.id, "proposed");
    expect(fieldOf(await upload(tenant.session, proposed.id, "photo", PNG, "podjazd.png").expect(409))).toEqual(["status:investment.filesClosed"]);
    const consented = await through(lease.id, "consented");
    const photo = (await upload(tenant.session, consented.id, "photo", PNG, "podjazd przed.png").expect(201)).body;
    expect(photo).toMatchObject({ kind: "photo", mime: "image/png", originalName: "podjazd przed.png", url: `/api/investments/${consented.id}/files/${photo.id as string}` });
    expect((await upload(tenant.session, consented.id, "scan", PDF, "faktura.pdf").expect(201)).body).toMatchObject({ kind: "scan", mime: "application/pdf" });
    // A PDF is no photo, and an HTML page named .png is nothing at all.
    expect(fieldOf(await upload(tenant.session, consented.id, "photo", PDF, "faktura.pdf").expect(415))).toEqual(["file:file.type.photo"]);
    await upload(tenant.session, consented.id, "scan", Buffer.from("<html><script>alert(1)</script></html>"), "skan.png").expect(415);
    await upload(other.session, consented.id, "photo", PNG, "x.png").expect(404);
    await upload(officer, consented.id, "photo", PNG, "x.png").expect(403);

    const record = (await officer.call("get", `/api/investments/${consented.id}`).expect(200)).body as Investment;
    expect(record.files.map((f) => f.kind)).toEqual(["photo", "scan"]);
    const bytes = await officer.call("get", photo.url as string).buffer(true).parse(binary).expect(200);
    expect(bytes.headers["content-type"]).toBe("image/png");
    expect(bytes.headers["x-content-type-options"]).toBe("nosniff");
    await tenant.session.call("get", photo.url as string).expect(200);
    await other.session.call("get", photo.url as string).expect(404);
    await request(t.app).get(photo.url as string).expect(401);
  });
});

describe("documents", () => {
  const pdfText = (pdf: Buffer) => execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");
  const pdf = async (who: SignedIn, url: string) => (await who.call("get", url).buffer(true).parse(binary).expect(200)).body as Buffer;

  it("the consent and the settlement statement hold the amounts, the terms and the offsets month by month; same record, same bytes", async () => {
    const lease = await signedLease();
    const done = await through(lease.id, "completed");
    await tenant.session.call("get", `/api/investments/${done.id}/settlement.pdf`).expect(404);
    await officer.call("post", `/api/investments/${done.id}/accept`).send({ acceptedOn: "2025-02-28" }).expect(200);

    const consent = pdfText(await pdf(tenant.session, `/api/investments/${done.id}/consent.pdf`));
    for (const expected of ["ZGODA NA WYKONANIE NAKŁADÓW", ramp.title, "2 500,00 zł", "2 000,00 zł", "50%", "Projekt uzgodniony z zarządcą budynku.", "podlega zwrotowi"]) {
      expect(consent).toContain(expected);
    }
    const bytes = await pdf(officer, `/api/investments/${done.id}/settlement.pdf`);
    const statement = pdfText(bytes);
    // March–June 318.57 each, what was left after each: 1 681.43, 1 362.86, 1 044.29, 725.72.
    for (const expected of ["ROZLICZENIE NAKŁADÓW Z CZYNSZEM", "stan na 15.06.2025", "28.02.2025", "03.2025", "06.2025", "318,57 zł", "1 681,43 zł", "725,72 zł", "1 274,28 zł"]) {
      expect(statement).toContain(expected);
    }
    expect(statement).not.toContain("07.2025");
    expect((await pdf(officer, `/api/investments/${done.id}/settlement.pdf`)).equals(bytes)).toBe(true);
  });
});
