/**
 * Leases on one core, in one process:
 *   (a) schedules of a 120-month lease per second through `leaseSchedule()` (shared/domain/lease-schedule.ts):
 *       start mid-month with 45 holiday days, indexed on each anniversary by the DOMAIN.md CPI values
 *       (2021–2024; later anniversaries have no CPI and stay provisional), and an annex changing rate and
 *       area in the middle of an indexed year. Baseline ("integer floor"): the same 120 rows as plain
 *       integer grosz arithmetic (days per month, holiday proration, the same anniversary and annex dates
 *       applied as rate steps, VAT per row, sums) without decimal.js or the module's checks. It is not an
 *       equivalent implementation (it does not split a month at an anniversary), only the floor of what
 *       120 rows cost, so the ratio says what the exact decimal pipeline costs on top.
 *   (b) lease agreement PDFs per second, sequentially: `leaseDocument()` then `renderPdf()`, the two calls
 *       `GET /api/leases/{id}/document.pdf` makes after loading the record (the DB load is not measured:
 *       the data is built in memory as `loadLeaseDocument` returns it, with the example template version 1
 *       and the first year of the lease's real schedule). Goal ≥ 20 documents/s. Reported by the wall clock and per CPU second of the process (user + system time,
 *       which other processes on a shared machine do not inflate as much). The written decision
 *       (`decisionDocument()` then `renderPdf()`) is measured the same way as a reference.
 * Alone: `npx tsx tests/bench/leases.ts` (appends its table to tests/artifacts/bench.md); `npm run bench`
 * runs it after the client benchmark (BENCH_LEASES=0 leaves it out). Knobs: BENCH_LEASES_SCHEDULE_MS (2000),
 * BENCH_LEASES_PDF_MS (3000).
 */
import os from "node:os";
import type { DecisionDocument } from "@server/features/documents/data.ts";
import { decisionDocument } from "@server/features/documents/decision-document.ts";
import { documentsConfig } from "@server/features/documents/config.ts";
import { firstYearOf, type LeaseDocumentData } from "@server/features/documents/lease-data.ts";
import { leaseDocument } from "@server/features/documents/lease-document.ts";
import { SAMPLE_LEASE, SAMPLE_PROTOCOL } from "@server/features/documents/lease-sample.ts";
import { EXAMPLE_LEASE_TEMPLATE } from "@server/features/lease-templates/index.ts";
import { renderPdf } from "@server/lib/pdf.ts";
import { endDateAfterMonths, leaseSchedule, type LeaseScheduleInput } from "@shared/domain/lease-schedule.ts";
import type { Lease } from "@shared/contracts/leases.ts";
import { runAlone } from "./report.ts";

const SCHEDULE_MS = Number(process.env.BENCH_LEASES_SCHEDULE_MS ?? 2000);
const PDF_MS = Number(process.env.BENCH_LEASES_PDF_MS ?? 3000);
const PDF_GOAL = 20;

/** DOMAIN.md: GUS annual average CPI, previous year = 100. */
const CPI = [{ year: 2021, cpi: "105.1" }, { year: 2022, cpi: "114.4" }, { year: 2023, cpi: "111.4" }, { year: 2024, cpi: "103.6" }];
const START = "2021-05-15";
const MONTHS = 120;
const ANNEX = { effectiveFrom: "2023-09-20", rate: "21.50", area: "70.40" };

const SCHEDULE_INPUT: LeaseScheduleInput = {
  startDate: START, endDate: endDateAfterMonths(START, MONTHS), rate: "16.65", area: "62.80", vatRate: "0.23",
  holidays: { beforeStartDays: 45, renovationDays: 0 }, priceIndices: CPI, annexes: [ANNEX], depositMultiple: "3",
};

// ---- the integer floor: the same rows in grosz with plain numbers

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

function integerSchedule(): { rows: number; net: number; vat: number; gross: number } {
  const start = day(START);
  const end = day(SCHEDULE_INPUT.endDate!);
  const holidayEnd = start + 45;
  // rate in grosz per m², area in 1/100 m²; steps at each indexed anniversary and at the annex
  let rate = 1665;
  let area = 6280;
  const steps: Array<{ from: number; apply: () => void }> = CPI.map((c, i) => ({
    from: day(`${2022 + i}${START.slice(4)}`),
    apply: () => { rate = Math.round((rate * Math.round(Number(c.cpi) * 10)) / 1000); },
  }));
  steps.push({ from: day(ANNEX.effectiveFrom), apply: () => { rate = 2150; area = 7040; } });
  steps.sort((a, b) => a.from - b.from);
  let next = 0;
  let rows = 0, net = 0, vat = 0, gross = 0;
  const first = new Date(start * DAY_MS);
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); ; m === 11 ? (y++, m = 0) : m++) {
    const monthStart = Date.UTC(y, m, 1) / DAY_MS;
    if (monthStart > end) break;
    const monthEnd = Date.UTC(y, m + 1, 1) / DAY_MS - 1;
    while (next < steps.length && steps[next]!.from <= monthStart) steps[next++]!.apply();
    const from = Math.max(monthStart, start, holidayEnd);
    const to = Math.min(monthEnd, end);
    const monthly = Math.round((rate * area) / 100);
    const rowNet = to < from ? 0 : Math.round((monthly * (to - from + 1)) / (monthEnd - monthStart + 1));
    const rowVat = Math.round((rowNet * 23) / 100);
    rows++; net += rowNet; vat += rowVat; gross += rowNet + rowVat;
  }
  return { rows, net, vat, gross };
}

// ---- a realistic signed lease, as loadLeaseDocument returns it

const schedule = leaseSchedule(SCHEDULE_INPUT);
const LEASE: Lease = {
  ...SAMPLE_LEASE,
  id: "7a1c2f5e-3b4d-4e6f-8a9b-0c1d2e3f4a5b",
  number: "ZBK/NL/2021/0042",
  status: "signed",
  parties: {
    organisation: { name: "Fundacja Przestrzeń Rozwoju", nip: "6762460837", regon: "123456785", krs: "0000123456", address: "ul. Józefińska 12, 30-529 Kraków" },
    premises: { address: "ul. Miodowa 15/1, 31-055 Kraków", inventoryCode: "ZBK/L/0020", district: "Kazimierz", area: "62.80" },
  },
  startDate: START, endDate: SCHEDULE_INPUT.endDate, rate: "16.65", area: "62.80",
  monthlyNet: "1045.62", vatRate: "0.23", monthlyVat: "240.49", monthlyGross: "1286.11",
  holidayDays: 45, depositMultiple: 3, deposit: schedule.deposit ?? "3858.33", templateVersion: 1,
  permittedUse: "kawiarnia społeczna i pracownia szycia", signedOn: "2021-05-10",
  createdAt: "2021-05-01T09:00:00.000Z", updatedAt: "2021-05-10T12:00:00.000Z",
};
const LEASE_DOC: LeaseDocumentData = {
  lease: LEASE, representatives: ["Maria Kowalska – Prezes Zarządu", "Jan Nowak – Członek Zarządu"], premises: SAMPLE_PROTOCOL,
  template: { version: 1, isExample: true, clauses: EXAMPLE_LEASE_TEMPLATE },
  firstYear: firstYearOf(schedule), creationDate: new Date(LEASE.updatedAt),
};

const GRANTOR_CONFIG = documentsConfig();
const DECISION: DecisionDocument = {
  caseNumber: "ZBK-WN/2021/0042", applicationReference: "ZBK-WN/2021/1A2B3C4D", decidedAt: "2021-04-20",
  signer: { name: "Katarzyna Urzędnik", position: "inspektor" }, outcome: "approved", reason: null,
  justification: ["Urząd sprawdził wniosek i wnioskodawcę."], notice: GRANTOR_CONFIG.notice.approved,
  parties: { organisation: { name: "Fundacja Przestrzeń Rozwoju", nip: "6762460837", address: "ul. Józefińska 12, 30-529 Kraków" }, premises: LEASE.parties.premises },
  intendedUse: "services", submittedAt: "2021-03-30",
  terms: {
    policy: { name: "Zasady stawek 2021", effectiveFrom: "2021-01-01", isExample: true }, categoryLabel: "organizacja pożytku publicznego",
    derivation: ["Stawka bazowa strefy: 55,50 zł/m²", "Obniżka dla organizacji pożytku publicznego: 70%", "Stawka: 16,65 zł/m²"],
    baseRate: "55.50", policyRate: "16.65", rate: "16.65", startDate: START, months: MONTHS, beforeStartDays: 45, renovationDays: 0,
    holidayMonths: 2, vatRate: "0.23", monthly: { net: "1045.62", vat: "240.49", gross: "1286.11" }, baseMonthly: "3485.40",
  },
  aid: { grantDate: "2021-04-20", discountRate: "0.0262", nominal: "293086.80", discounted: "257000.00", deMinimis: { eurRate: "4.5600", eur: "56359.65", priorEur: "12000.00", roomAfterEur: "131640.35" } },
};

// ---- measuring

/** Runs, wall-clock milliseconds, and the process's CPU milliseconds (user + system, all threads). */
interface Rate { count: number; ms: number; cpuMs: number }

function loopSync(ms: number, fn: () => unknown): Rate {
  const t0 = performance.now();
  let count = 0;
  let now = t0;
  do {
    for (let i = 0; i < 10; i++) fn();
    count += 10;
    now = performance.now();
  } while (now - t0 < ms);
  return { count, ms: now - t0, cpuMs: 0 };
}

async function loopAsync(ms: number, fn: () => Promise<unknown>): Promise<Rate> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let count = 0;
  let now = t0;
  do {
    await fn();
    count++;
    now = performance.now();
  } while (now - t0 < ms);
  const cpu = process.cpuUsage(cpu0);
  return { count, ms: now - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const perSecond = (r: Rate) => (r.count * 1000) / r.ms;
/** Documents per second of CPU time: what one core gives when other processes share the machine. */
const perCpuSecond = (r: Rate) => (r.count * 1000) / r.cpuMs;
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function leasesBench(log: (line: string) => void = console.log): Promise<string> {
  const rows = schedule.rows.length;
  const floor = integerSchedule();
  if (floor.rows !== rows) throw new Error(`the integer floor has ${floor.rows} rows, the schedule ${rows}`);

  log(`leases: schedules (${rows} rows), warm-up`);
  loopSync(300, () => leaseSchedule(SCHEDULE_INPUT));
  loopSync(300, integerSchedule);
  const exact = loopSync(SCHEDULE_MS, () => leaseSchedule(SCHEDULE_INPUT));
  const plain = loopSync(SCHEDULE_MS, integerSchedule);

  log("leases: agreement and decision PDFs, warm-up");
  const leasePdf = await renderPdf(leaseDocument(LEASE_DOC, GRANTOR_CONFIG.grantor));
  const decisionPdf = await renderPdf(decisionDocument(DECISION, GRANTOR_CONFIG.grantor));
  for (let i = 0; i < 3; i++) { await renderPdf(leaseDocument(LEASE_DOC, GRANTOR_CONFIG.grantor)); await renderPdf(decisionDocument(DECISION, GRANTOR_CONFIG.grantor)); }
  const leases = await loopAsync(PDF_MS, () => renderPdf(leaseDocument(LEASE_DOC, GRANTOR_CONFIG.grantor)));
  const decisions = await loopAsync(PDF_MS, () => renderPdf(decisionDocument(DECISION, GRANTOR_CONFIG.grantor)));

  const exactRate = perSecond(exact);
  const plainRate = perSecond(plain);
  const leaseRate = perSecond(leases);
  const decisionRate = perSecond(decisions);
  const leaseCpuRate = perCpuSecond(leases);
  const decisionCpuRate = perCpuSecond(decisions);
  return [
    "## Leases: schedules and agreement PDFs (one core, one process)",
    "",
    `${new Date().toISOString()} · Node ${process.version} · ${os.cpus()[0]?.model ?? "CPU"} · schedule loops ${SCHEDULE_MS} ms, PDF loops ${PDF_MS} ms, after a warm-up`,
    "",
    `Schedule: ${MONTHS}-month lease from ${START}, 45 holiday days, indexed by the DOMAIN.md CPI (2021–2024; ${schedule.indexations.length} indexation records), ` +
      `an annex on ${ANNEX.effectiveFrom} (rate and area), ${rows} rows. Integer floor: the same ${rows} rows in integer grosz without decimal.js ` +
      "(no anniversary split; a lower bound, not an equivalent). PDFs: `leaseDocument()` + `renderPdf()` as the route does after loading the record " +
      `(signed lease, template v1, first year of that schedule; ${fmt(leasePdf.length / 1024, 1)} KB), and the written decision the same way (${fmt(decisionPdf.length / 1024, 1)} KB).`,
    "",
    "| measure | runs | per second | per run | reference | ratio | goal | met? |",
    "|---|---:|---:|---:|---|---:|---:|---|",
    `| ${MONTHS}-month schedule, \`leaseSchedule()\` | ${fmt(exact.count)} | ${fmt(exactRate)} | ${fmt(1e6 / exactRate, 1)} µs | integer floor ${fmt(plainRate)}/s (${fmt(1e6 / plainRate, 2)} µs) | ${fmt(plainRate / exactRate, 1)} × slower | - | - |`,
    `| lease agreement PDF, wall clock | ${fmt(leases.count)} | ${fmt(leaseRate, 1)} | ${fmt(1000 / leaseRate, 1)} ms | decision PDF ${fmt(decisionRate, 1)}/s (${fmt(1000 / decisionRate, 1)} ms) | ${fmt(decisionRate / leaseRate, 2)} × slower | ≥ ${PDF_GOAL}/s | ${leaseRate >= PDF_GOAL ? "yes" : "**no**"} |`,
    `| lease agreement PDF, per CPU second | ${fmt(leases.count)} | ${fmt(leaseCpuRate, 1)} | ${fmt(1000 / leaseCpuRate, 1)} ms CPU | decision PDF ${fmt(decisionCpuRate, 1)}/s (${fmt(1000 / decisionCpuRate, 1)} ms CPU) | ${fmt(decisionCpuRate / leaseCpuRate, 2)} × slower | ≥ ${PDF_GOAL}/s | ${leaseCpuRate >= PDF_GOAL ? "yes" : "**no**"} |`,
    "",
  ].join("\n");
}

runAlone(import.meta.url, leasesBench);
