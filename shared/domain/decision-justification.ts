import { formatDate, type CalendarDate } from "./dates.ts";
import { formatEUR, formatPLN, formatRate, toDecimal } from "./money.ts";
import { DE_MINIMIS_CEILING_EUR } from "./de-minimis.ts";

// The justification (uzasadnienie) of a decision on an application, written from the facts the
// system established when the officer decided: the checks made and their results, the rate rule
// applied and why it was chosen, the de minimis figures, and the competing applications for the same
// premises. Plain values in, paragraphs of Polish text out; amounts as decimal strings ("1234.56").

export interface CheckFact {
  ok: boolean | null;
  message: string;
}

export interface CompetitorFact {
  organisation: string;
  reference: string;
  submittedAt: CalendarDate | null;
}

export interface RateFacts {
  policy: { name: string; effectiveFrom: CalendarDate; isExample: boolean };
  category: string;
  /** Every rule of the policy the organisation qualified for, with its rate. */
  alternatives: Array<{ label: string; rate: string }>;
  derivation: string[];
  baseRate: string;
  policyRate: string;
  rate: string;
}

export interface AidFacts {
  grantDate: CalendarDate;
  discounted: string;
  /** Null when the organisation runs no economic activity: the preference is no de minimis aid. */
  deMinimis: { eur: string; priorEur: string; roomAfterEur: string } | null;
}

export interface ApprovalFacts {
  outcome: "approved";
  organisation: string;
  submittedAt: CalendarDate | null;
  checks: CheckFact[];
  rate: RateFacts;
  aid: AidFacts | null;
  competitors: CompetitorFact[];
  /** The officer's own words on why this application rather than the competing ones. */
  choiceReason: string | null;
}

export interface RefusalFacts {
  outcome: "rejected";
  organisation: string;
  reason: string;
  checks: CheckFact[];
  competitors: CompetitorFact[];
}

export interface LostFacts {
  outcome: "lost";
  organisation: string;
  winner: { organisation: string; reference: string; caseNumber: string; submittedAt: CalendarDate | null; why: string };
}

export type JustificationFacts = ApprovalFacts | RefusalFacts | LostFacts;

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const submitted = (day: CalendarDate | null) => (day ? `złożony ${formatDate(day)}` : "bez daty złożenia");

function checksParagraph(checks: CheckFact[]): string {
  const passed = checks.filter((c) => c.ok === true).map((c) => sentence(c.message));
  const failed = checks.filter((c) => c.ok !== true).map((c) => sentence(c.message));
  const parts = ["Urząd sprawdził wniosek i wnioskodawcę."];
  if (passed.length) parts.push(`Spełnione: ${passed.join(" ")}`);
  if (failed.length) parts.push(`Niespełnione lub niesprawdzone: ${failed.join(" ")}`);
  return parts.join(" ");
}

function rateParagraph(r: RateFacts): string {
  const example = r.policy.isExample ? " (polityka przykładowa)" : "";
  const others = r.alternatives.filter((a) => a.label !== r.category);
  const why = others.length
    ? `Wnioskodawca spełnia warunki ${r.alternatives.length} reguł (${r.alternatives.map((a) => `${a.label}: ${formatRate(a.rate)}`).join(", ")}); zgodnie z polityką stosuje się regułę najkorzystniejszą dla wnioskodawcy, tj. „${r.category}”.`
    : `Wnioskodawca spełnia warunki jednej reguły: „${r.category}”.`;
  const fixed = r.rate === r.policyRate
    ? `Stawkę czynszu ustalono na ${formatRate(r.rate)}, równą stawce wynikającej z polityki.`
    : `Stawkę czynszu ustalono na ${formatRate(r.rate)}, wyższą niż wynikająca z polityki (${formatRate(r.policyRate)}) i nie wyższą niż bazowa (${formatRate(r.baseRate)}).`;
  return [
    `Zastosowano ${r.policy.name}, obowiązującą od ${formatDate(r.policy.effectiveFrom)}${example}.`,
    why,
    `Sposób ustalenia stawki: ${r.derivation.join("; ")}.`,
    fixed,
  ].join(" ");
}

function aidParagraph(aid: AidFacts): string {
  if (!aid.deMinimis) {
    return `Wnioskodawca nie prowadzi działalności gospodarczej, więc preferencja o wartości ${formatPLN(aid.discounted)} (na dzień ${formatDate(aid.grantDate)}) nie stanowi pomocy de minimis.`;
  }
  const { eur, priorEur, roomAfterEur } = aid.deMinimis;
  const ceiling = toDecimal(DE_MINIMIS_CEILING_EUR);
  const roomBefore = ceiling.minus(toDecimal(priorEur));
  return `Preferencja stanowi pomoc de minimis o wartości ${formatPLN(aid.discounted)}, tj. ${formatEUR(eur)}, udzieloną w dniu ${formatDate(aid.grantDate)}. `
    + `W okresie trzech lat przed tym dniem wnioskodawca otrzymał pomoc de minimis w wysokości ${formatEUR(priorEur)}; do limitu ${formatEUR(ceiling)} pozostawało ${formatEUR(roomBefore)}, `
    + `po udzieleniu tej pomocy pozostaje ${formatEUR(roomAfterEur)}: limit nie zostaje przekroczony.`;
}

function competitorsList(competitors: CompetitorFact[]): string {
  return competitors.map((c) => `${c.organisation} (wniosek ${c.reference}, ${submitted(c.submittedAt)})`).join(", ");
}

/** Why the approved application was chosen over the competing ones: the officer's words, else the facts. */
export function whyChosen(f: Pick<ApprovalFacts, "submittedAt" | "competitors" | "choiceReason">): string {
  if (f.choiceReason) return sentence(f.choiceReason);
  const earliest = f.submittedAt !== null && f.competitors.every((c) => c.submittedAt === null || c.submittedAt >= f.submittedAt!);
  return earliest
    ? "wniosek spełnia wszystkie sprawdzone warunki i został złożony najwcześniej."
    : "wniosek spełnia wszystkie sprawdzone warunki.";
}

function choiceParagraph(f: ApprovalFacts): string {
  if (f.competitors.length === 0) {
    const alone = "O najem tego lokalu nie ubiegał się w tym czasie żaden inny wnioskodawca.";
    return f.choiceReason ? `${alone} ${sentence(f.choiceReason)}` : alone;
  }
  return `O najem tego lokalu ubiegali się również: ${competitorsList(f.competitors)}. Wybrano niniejszy wniosek, ponieważ ${whyChosen(f)} `
    + "Pozostałe wnioski o ten lokal rozstrzygnięto odmownie, ponieważ lokal można wynająć tylko jednemu wnioskodawcy.";
}

/** The paragraphs of the justification, in the order they are printed. */
export function justification(f: JustificationFacts): string[] {
  switch (f.outcome) {
    case "approved":
      return [
        checksParagraph(f.checks),
        rateParagraph(f.rate),
        ...(f.aid ? [aidParagraph(f.aid)] : []),
        choiceParagraph(f),
      ];
    case "rejected":
      return [
        checksParagraph(f.checks),
        `Odmówiono zgody na najem z następującej przyczyny: ${sentence(f.reason)}`,
        ...(f.competitors.length ? [`O najem tego lokalu ubiegali się również: ${competitorsList(f.competitors)}.`] : []),
      ];
    case "lost":
      return [
        `Lokal przyznano innemu wnioskodawcy: ${f.winner.organisation} (wniosek ${f.winner.reference}, ${submitted(f.winner.submittedAt)}; decyzja ${f.winner.caseNumber}). `
        + `Wybrano tamten wniosek, ponieważ ${sentence(f.winner.why)}`,
        "Lokal można wynająć tylko jednemu wnioskodawcy, dlatego niniejszy wniosek rozstrzyga się odmownie. Nie oznacza to oceny wnioskodawcy: może on ubiegać się o inny dostępny lokal.",
      ];
  }
}
