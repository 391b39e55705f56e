import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate, todayIn, type Clock } from "@shared/domain/dates.ts";
import { binary, daysFromToday, pdfText, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { createPremisesId, submittedApplication } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// The written decision names the officer by the name and position of their profile, carries the
// justification built from the facts and the configured notice; the certificate says when it was
// issued and when the aid was granted. Premises: 50.00 m² at 30.00 zł/m² (see applications.test.ts
// for the figures: a social enterprise pays 6.00 zł/m², aid 1 200.00 zł a month).

let t: TestApp;
let officer: SignedIn;
let enterprise: Applicant;
let association: Applicant;
let offsetDays = 0;
// The app's clock: today, moved forward by `offsetDays` when a test needs a later day.
const clock: Clock = { now: () => new Date(Date.now() + offsetDays * 86_400_000) };

const SOCIAL_ENTERPRISE = { socialEnterprise: true, socialEnterpriseSince: "2023-05-10", economicActivity: true };
const NAME = "Katarzyna Nowak-Urzędnicza";
const POSITION = "Główny specjalista, Dział Najmu Lokali Użytkowych";

beforeAll(async () => {
  t = await createTestApp({}, clock);
  await seedPolicy(t);
  officer = await signedInStaff(t);
  enterprise = await verifiedApplicant(t, { ...SOCIAL_ENTERPRISE, declaredAid: [{ grantor: "Urząd Marszałkowski", grantedOn: daysFromToday(-365), amountEur: "10000.00" }] });
  association = await verifiedApplicant(t, { legalForm: "association" });
});
afterAll(() => t.close());

const pdf = async (who: SignedIn, url: string) => pdfText((await who.call("get", url).buffer(true).parse(binary).expect(200)).body as Buffer);

describe("my profile", () => {
  it("is read and changed by the signed-in user, the change in the audit trail", async () => {
    const before = await officer.call("get", "/api/me/profile").expect(200);
    expect(before.body).toMatchObject({ email: officer.user.email, role: "officer", position: "" });
    const changed = await officer.call("patch", "/api/me/profile").send({ name: `  ${NAME} `, position: POSITION }).expect(200);
    expect(changed.body).toMatchObject({ name: NAME, position: POSITION });
    expect((await officer.call("get", "/api/me/profile").expect(200)).body).toMatchObject({ name: NAME, position: POSITION });
    const audit = await officer.call("get", `/api/audit?entity=user&entityId=${officer.user.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain("update-profile");
  });

  it("refuses a position over 120 characters and a one-letter name, naming the fields", async () => {
    const res = await officer.call("patch", "/api/me/profile").send({ name: "J", position: "x".repeat(121) }).expect(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["name", "position"]);
  });

  it("is not there for anonymous callers", async () => {
    await request(t.app).get("/api/me/profile").expect(401);
  });
});

describe("the written decision", () => {
  let winner: string;
  let loser: string;
  let start: string;

  beforeAll(async () => {
    await officer.call("patch", "/api/me/profile").send({ name: NAME, position: POSITION }).expect(200);
    const premisesId = await createPremisesId(t.db);
    winner = await submittedApplication(enterprise, premisesId);
    loser = await submittedApplication(association, premisesId);
    start = daysFromToday(30);
  });

  it("an approval names the officer, gives the justification from the facts and the notice", async () => {
    const res = await officer.call("post", `/api/applications/${winner}/approve`).send({ startDate: start, months: 12, eurRate: "4,2500", beforeStartDays: 90 }).expect(200);
    const decision = res.body.decision;
    expect(decision.caseNumber).toMatch(/^ZBK-WN\/\d{4}\/\d{4}$/);
    expect(decision.decidedBy).toEqual({ name: NAME, position: POSITION });
    // The figures as in applications.test.ts, to the grosz: aid 14 877.07 zł = 3 500.49 EUR; room 290 000.00 → 286 499.51 EUR.
    expect(decision.aid).toMatchObject({ discounted: "14877.07", eur: "3500.49", priorEur: "10000.00", roomAfterEur: "286499.51" });

    const text = await pdf(enterprise.session, `/api/applications/${winner}/decision.pdf`);
    for (const expected of [
      `Znak sprawy: ${decision.caseNumber}`, NAME, POSITION, "z upoważnienia Prezydenta Miasta Krakowa",
      "Uzasadnienie", "Urząd sprawdził wniosek i wnioskodawcę. Spełnione: Organizacja zweryfikowana przez urząd.",
      "stosuje się regułę najkorzystniejszą dla wnioskodawcy, tj. „przedsiębiorstwo społeczne”",
      "Zniżka 80% (przedsiębiorstwo społeczne)",
      "do limitu 300 000,00 EUR pozostawało 290 000,00 EUR, po udzieleniu tej pomocy pozostaje 286 499,51 EUR",
      "O najem tego lokalu ubiegali się również:", "Wybrano niniejszy wniosek, ponieważ wniosek spełnia wszystkie sprawdzone warunki i został złożony najwcześniej.",
      "Pouczenie", "nie przysługuje od niego odwołanie do samorządowego kolegium odwoławczego",
      "Czynsz miesięczny brutto 369,00 zł", "14 877,07 zł", "3 500,49 EUR",
    ]) expect(text).toContain(expected);
    expect(text).not.toContain(officer.user.email);
  });

  it("the competitor's refusal has the next case number and says who won, with which decision, and why", async () => {
    const won = (await officer.call("get", `/api/applications/${winner}`).expect(200)).body.decision.caseNumber as string;
    const lost = (await association.session.call("get", `/api/applications/${loser}`).expect(200)).body.decision;
    const [prefix, seq] = [won.slice(0, won.lastIndexOf("/")), Number(won.slice(won.lastIndexOf("/") + 1))];
    expect(lost.caseNumber).toBe(`${prefix}/${String(seq + 1).padStart(4, "0")}`);
    const text = await pdf(association.session, `/api/applications/${loser}/decision.pdf`);
    expect(text).toContain("Odmawia się zgody");
    expect(text).toContain(`decyzja ${won}`);
    expect(text).toContain("Lokal przyznano innemu wnioskodawcy:");
    expect(text).toContain("Wybrano tamten wniosek, ponieważ wniosek spełnia wszystkie sprawdzone warunki i został złożony najwcześniej.");
    expect(text).toContain("Pouczenie");
    expect(text).toContain("wniosek o ponowne rozpatrzenie sprawy");
  });

  it("the certificate is issued on the day it is printed, for aid granted on the decision's grant date", async () => {
    offsetDays = 10;
    try {
      const issued = todayIn(clock);
      const text = await pdf(enterprise.session, `/api/applications/${winner}/de-minimis-certificate.pdf`);
      expect(text).toContain(`Dzień udzielenia pomocy ${formatDate(start)} (dzień udzielenia pomocy określony w akcie jej udzielenia)`);
      expect(text).toContain(`Data wydania zaświadczenia ${formatDate(issued)} (dzień sporządzenia zaświadczenia)`);
      expect(text).toContain(`Zaświadczenie wydano w dniu ${formatDate(issued)}, w którym je sporządzono. Pomocy de minimis udzielono w dniu ${formatDate(start)}`);
      expect(text).toContain(NAME);
    } finally {
      offsetDays = 0;
    }
  });

  it("a refusal by the officer gives the checks made and the reason", async () => {
    const id = await submittedApplication(association, await createPremisesId(t.db));
    const reason = "Planowana działalność nie odpowiada przeznaczeniu budynku mieszkalnego.";
    await officer.call("post", `/api/applications/${id}/reject`).send({ reason }).expect(200);
    const text = await pdf(association.session, `/api/applications/${id}/decision.pdf`);
    expect(text).toContain("Urząd sprawdził wniosek i wnioskodawcę. Spełnione: Organizacja zweryfikowana przez urząd.");
    expect(text).toContain(`Odmówiono zgody na najem z następującej przyczyny: ${reason}`);
    expect(text).toContain(NAME);
    expect(text).toContain(POSITION);
  });
});

describe("the intended use", () => {
  it("shows only the use the applicant chose: 'działalność społeczna', no 'świetlica', in the review and the PDF", async () => {
    const premisesId = await createPremisesId(t.db, { allowedUses: ["community", "office"] });
    const id = await submittedApplication(association, premisesId, { intendedUse: "community" });
    const review = await officer.call("get", `/api/applications/${id}/review`).expect(200);
    const useCheck = review.body.checks.find((c: { code: string }) => c.code === "use-allowed");
    expect(useCheck.message).toBe("Przeznaczenie „działalność społeczna” dozwolone w lokalu.");
    expect(JSON.stringify(review.body)).not.toMatch(/świetlica/i);
    await officer.call("post", `/api/applications/${id}/approve`).send({ startDate: daysFromToday(30), months: 12 }).expect(200);
    const text = await pdf(association.session, `/api/applications/${id}/decision.pdf`);
    expect(text).toContain("Planowana działalność działalność społeczna");
    expect(text).not.toMatch(/świetlica/i);
  });
});

describe("the documents' configuration", () => {
  it("gives the grantor and the case-number prefix printed on the decision", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sp-docs-"));
    const file = path.join(dir, "documents.json");
    const config = JSON.parse(readFileSync(path.resolve("config/documents.json"), "utf8"));
    config.grantor = { ...config.grantor, unit: "Zarząd Lokali Testowych", place: "Nowy Targ", nip: "675-14-71-246" };
    config.caseNumberPrefix = "ZLT-N";
    config.notice.rejected = ["Tekst pouczenia z pliku konfiguracji."];
    writeFileSync(file, JSON.stringify(config));
    const other = await createTestApp({ DOCUMENTS_CONFIG: file });
    try {
      await seedPolicy(other);
      const staff = await signedInStaff(other);
      const applicant = await verifiedApplicant(other, { legalForm: "association" });
      const id = await submittedApplication(applicant, await createPremisesId(other.db));
      const res = await staff.call("post", `/api/applications/${id}/reject`).send({ reason: "Wniosek nie spełnia warunków programu." }).expect(200);
      expect(res.body.decision.caseNumber).toBe(`ZLT-N/${todayIn(clock).slice(0, 4)}/0001`);
      const text = await pdf(applicant.session, `/api/applications/${id}/decision.pdf`);
      for (const expected of ["Zarząd Lokali Testowych", "NIP 6751471246", "Nowy Targ,", "Znak sprawy: ZLT-N/", "Tekst pouczenia z pliku konfiguracji."]) {
        expect(text).toContain(expected);
      }
    } finally {
      await other.close();
    }
  });

  it("a configuration with a bad NIP stops the app at start, naming the field", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sp-docs-"));
    const file = path.join(dir, "documents.json");
    const config = JSON.parse(readFileSync(path.resolve("config/documents.json"), "utf8"));
    writeFileSync(file, JSON.stringify({ ...config, grantor: { ...config.grantor, nip: "1234567890" } }));
    await expect(createTestApp({ DOCUMENTS_CONFIG: file })).rejects.toThrow(/grantor\.nip: not a valid NIP/);
  });
});
