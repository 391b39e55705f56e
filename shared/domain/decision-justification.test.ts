import { describe, expect, it } from "vitest";
import { justification, type ApprovalFacts } from "./decision-justification.ts";

// The sentences an officer checks in a justification, written out by hand from the facts below
// (amounts with the no-break space the formats use, normalized to plain spaces here).

const plain = (paragraphs: string[]) => paragraphs.map((p) => p.replace(/[\u00a0\u202f]/g, " "));

const approval: ApprovalFacts = {
  outcome: "approved",
  organisation: "Fundacja Przestrzeń Rozwoju",
  submittedAt: "2026-03-02",
  checks: [
    { ok: true, message: "Organizacja zweryfikowana przez urząd." },
    { ok: true, message: "Lokal dostępny" },
  ],
  rate: {
    policy: { name: "Polityka stawek 2026", effectiveFrom: "2026-01-01", isExample: true },
    category: "przedsiębiorstwo społeczne",
    alternatives: [{ label: "przedsiębiorstwo społeczne", rate: "6.00" }, { label: "inna organizacja pozarządowa", rate: "15.00" }],
    derivation: ["Stawka bazowa 30,00 zł/m²", "Zniżka 80% (przedsiębiorstwo społeczne)", "Stawka po zniżce 6,00 zł/m²"],
    baseRate: "30.00", policyRate: "6.00", rate: "6.00",
  },
  aid: { grantDate: "2026-04-01", discounted: "14877.07", deMinimis: { eur: "3500.49", priorEur: "10000.00", roomAfterEur: "286499.51" } },
  competitors: [{ organisation: "Stowarzyszenie Sąsiedzi", reference: "ZBK-WN/2026/AB12CD34", submittedAt: "2026-03-05" }],
  choiceReason: null,
};

describe("the justification of an approval", () => {
  const text = plain(justification(approval));

  it("lists the checks made with their results", () => {
    expect(text[0]).toBe("Urząd sprawdził wniosek i wnioskodawcę. Spełnione: Organizacja zweryfikowana przez urząd. Lokal dostępny.");
  });

  it("names the policy version, every rule that applied and why the chosen one wins", () => {
    expect(text[1]).toContain("Zastosowano Polityka stawek 2026, obowiązującą od 01.01.2026 (polityka przykładowa).");
    expect(text[1]).toContain("spełnia warunki 2 reguł (przedsiębiorstwo społeczne: 6,00 zł/m², inna organizacja pozarządowa: 15,00 zł/m²)");
    expect(text[1]).toContain("stosuje się regułę najkorzystniejszą dla wnioskodawcy, tj. „przedsiębiorstwo społeczne”.");
    expect(text[1]).toContain("Zniżka 80% (przedsiębiorstwo społeczne)");
    expect(text[1]).toContain("Stawkę czynszu ustalono na 6,00 zł/m², równą stawce wynikającej z polityki.");
  });

  it("gives the de minimis room before and after with the figures: 300 000 − 10 000 = 290 000", () => {
    expect(text[2]).toContain("pomoc de minimis o wartości 14 877,07 zł, tj. 3 500,49 EUR, udzieloną w dniu 01.04.2026");
    expect(text[2]).toContain("otrzymał pomoc de minimis w wysokości 10 000,00 EUR; do limitu 300 000,00 EUR pozostawało 290 000,00 EUR");
    expect(text[2]).toContain("po udzieleniu tej pomocy pozostaje 286 499,51 EUR");
  });

  it("names the competing applications and why this one: the earliest, when the officer gives no reason", () => {
    expect(text[3]).toContain("ubiegali się również: Stowarzyszenie Sąsiedzi (wniosek ZBK-WN/2026/AB12CD34, złożony 05.03.2026)");
    expect(text[3]).toContain("Wybrano niniejszy wniosek, ponieważ wniosek spełnia wszystkie sprawdzone warunki i został złożony najwcześniej.");
  });

  it("uses the officer's reason when given, and does not claim 'earliest' when it was not", () => {
    const later = plain(justification({ ...approval, submittedAt: "2026-03-09" }));
    expect(later[3]).toContain("ponieważ wniosek spełnia wszystkie sprawdzone warunki.");
    expect(later[3]).not.toContain("najwcześniej");
    const reasoned = plain(justification({ ...approval, choiceReason: "Program zatrudnia 5 osób zagrożonych wykluczeniem" }));
    expect(reasoned[3]).toContain("ponieważ Program zatrudnia 5 osób zagrożonych wykluczeniem.");
  });

  it("for an organisation without economic activity says the preference is no de minimis aid", () => {
    const ngo = plain(justification({ ...approval, aid: { grantDate: "2026-04-01", discounted: "8738.69", deMinimis: null }, competitors: [] }));
    expect(ngo[2]).toBe("Wnioskodawca nie prowadzi działalności gospodarczej, więc preferencja o wartości 8 738,69 zł (na dzień 01.04.2026) nie stanowi pomocy de minimis.");
    expect(ngo[3]).toBe("O najem tego lokalu nie ubiegał się w tym czasie żaden inny wnioskodawca.");
  });

  it("says when the rate was set above the policy's", () => {
    const higher = plain(justification({ ...approval, rate: { ...approval.rate, rate: "25.00" } }));
    expect(higher[1]).toContain("Stawkę czynszu ustalono na 25,00 zł/m², wyższą niż wynikająca z polityki (6,00 zł/m²) i nie wyższą niż bazowa (30,00 zł/m²).");
  });
});

describe("the justification of a refusal", () => {
  it("gives the checks, the officer's reason and the competitors", () => {
    const text = plain(justification({
      outcome: "rejected", organisation: "Stowarzyszenie Sąsiedzi", reason: "Działalność nie odpowiada przeznaczeniu budynku",
      checks: [{ ok: true, message: "Lokal dostępny." }, { ok: false, message: "Lokal nie jest przeznaczony na „gastronomia”." }],
      competitors: [],
    }));
    expect(text).toEqual([
      "Urząd sprawdził wniosek i wnioskodawcę. Spełnione: Lokal dostępny. Niespełnione lub niesprawdzone: Lokal nie jest przeznaczony na „gastronomia”.",
      "Odmówiono zgody na najem z następującej przyczyny: Działalność nie odpowiada przeznaczeniu budynku.",
    ]);
  });

  it("for the application that lost the premises names the winner, its decision and why it won", () => {
    const text = plain(justification({
      outcome: "lost", organisation: "Stowarzyszenie Sąsiedzi",
      winner: { organisation: "Fundacja Przestrzeń Rozwoju", reference: "ZBK-WN/2026/0A0B0C0D", caseNumber: "ZBK-WN/2026/0042", submittedAt: "2026-03-02", why: "wniosek spełnia wszystkie sprawdzone warunki i został złożony najwcześniej" },
    }));
    expect(text[0]).toBe("Lokal przyznano innemu wnioskodawcy: Fundacja Przestrzeń Rozwoju (wniosek ZBK-WN/2026/0A0B0C0D, złożony 02.03.2026; decyzja ZBK-WN/2026/0042). "
      + "Wybrano tamten wniosek, ponieważ wniosek spełnia wszystkie sprawdzone warunki i został złożony najwcześniej.");
    expect(text[1]).toContain("dlatego niniejszy wniosek rozstrzyga się odmownie");
  });
});
