import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEUR } from "@shared/domain/money.ts";
import { binary, daysFromToday, pdfText, seedPolicy } from "@tests/support/applications.ts";
import { type Applicant, type SignedIn, signedInStaff, verifiedApplicant } from "@tests/support/auth.ts";
import { applicationIn } from "@tests/support/factories.ts";
import { createTestApp, type TestApp } from "@tests/support/test-app.ts";

// One approval, one figure: the review page, the decision and its PDF say the same room left under
// the de minimis ceiling once the application is approved (issue 10: the review counted the new aid
// a second time, as prior aid).
//
// The factory's premises: 50.00 m² at 30.00 zł/m²; a social enterprise pays 6.00 zł/m², so the aid is
// 1 200.00 zł a month for 12 months from the start (no rent holidays). Discounted at 6.68%:
// 1 200 × Σ k=0..11 (1.0668)^(−k/12) = 1 200 × 11.65158490342714… = 13 981.90; at 4.25 zł/€ that is
// 13 981.90 / 4.25 = 3 289.858… → 3 289.86 €. Declared earlier: 10 000.00 €.
// Room after this aid: 300 000 − (10 000.00 + 3 289.86) = 286 710.14 € (counted twice it would be 283 420.28).

let t: TestApp;
let officer: SignedIn;
let enterprise: Applicant;

beforeAll(async () => {
  t = await createTestApp();
  await seedPolicy(t);
  officer = await signedInStaff(t);
  enterprise = await verifiedApplicant(t, {
    socialEnterprise: true, socialEnterpriseSince: "2023-05-10", economicActivity: true,
    declaredAid: [{ grantor: "Urząd Marszałkowski", grantedOn: daysFromToday(-365), amountEur: "10000.00" }],
  });
});
afterAll(() => t.close());

const spaced = (s: string) => s.replace(/\s+/g, " ");
const pdf = async (url: string) => pdfText((await officer.call("get", url).buffer(true).parse(binary).expect(200)).body as Buffer);
const aidCheck = (review: { checks: { code: string; message: string }[] }) => review.checks.find((c) => c.code === "aid-ceiling")?.message ?? "";

describe("after approval, the de minimis room left", () => {
  it("is one figure on the review page, in the decision and in its PDFs", async () => {
    const id = await applicationIn(t.db, "approved", enterprise.session, officer, enterprise.organisationId);
    const detail = await officer.call("get", `/api/applications/${id}`).expect(200);
    expect(detail.body.decision.aid).toMatchObject({ eur: "3289.86", priorEur: "10000.00", roomAfterEur: "286710.14" });

    // With and without the NBP rate in the query (the page sends what-if terms; they no longer apply).
    for (const query of ["", "?eurRate=4.25", "?eurRate=4.25&months=24"]) {
      const review = (await officer.call("get", `/api/applications/${id}/review${query}`).expect(200)).body;
      expect(review.terms.aid).toMatchObject({ eur: "3289.86", priorEur: "10000.00", roomEur: "290000.00", roomAfterEur: "286710.14" });
      expect(review.checks.find((c: { code: string }) => c.code === "aid-ceiling").ok).toBe(true);
      expect(spaced(aidCheck(review))).toContain(spaced(formatEUR("286710.14")));
    }

    const decisionPdf = await pdf(`/api/applications/${id}/decision.pdf`);
    expect(decisionPdf).toContain(spaced(`${formatEUR("300000")} ${formatEUR("286710.14")}`));
    expect(decisionPdf).not.toContain(spaced(formatEUR("283420.28")));
  });

  it("counts an earlier approval as prior aid for the next one", async () => {
    // The first approval above: 10 000.00 + 3 289.86 = 13 289.86 before this one; after it 300 000 − 16 579.72.
    const id = await applicationIn(t.db, "approved", enterprise.session, officer, enterprise.organisationId);
    const detail = await officer.call("get", `/api/applications/${id}`).expect(200);
    expect(detail.body.decision.aid).toMatchObject({ eur: "3289.86", priorEur: "13289.86", roomAfterEur: "283420.28" });
    const review = (await officer.call("get", `/api/applications/${id}/review`).expect(200)).body;
    expect(review.terms.aid).toMatchObject({ priorEur: "13289.86", roomAfterEur: "283420.28" });
    expect(await pdf(`/api/applications/${id}/decision.pdf`)).toContain(spaced(formatEUR("283420.28")));
  });
});
