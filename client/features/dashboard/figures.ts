import { STATUSES } from "@shared/contracts/premises.ts";
import type { Statistics } from "@shared/contracts/statistics.ts";
import { formatEUR, formatPLN } from "@shared/domain/decimal-text.ts";
import { lang, t, type MessageKey } from "@client/lib/i18n/index.ts";
import type { Series } from "./chart-canvas.tsx";
import type { TableData } from "./figure.tsx";

/** What one ChartFigure draws, made once per answer of /api/statistics. */
export interface FigureData {
  id: string;
  title: string;
  note?: string;
  kind: "bar" | "line";
  labels: string[];
  series: Series[];
  table: TableData;
  format?: (value: number) => string;
  max?: number;
}

const numbers = new Intl.NumberFormat(lang === "en" ? "en-GB" : "pl-PL", { maximumFractionDigits: 1 });
const count = (n: number) => numbers.format(n);
/** Axis ticks in whole zł; the tables carry the exact amounts. */
const zl = (n: number) => `${numbers.format(Math.round(n))} zł`;
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
const share = (part: number, whole: number) => `${count(part)} (${numbers.format(percent(part, whole))}%)`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const label = (key: string) => t(key as MessageKey);

export function figures(s: Statistics, districtName: (id: string) => string): FigureData[] {
  const active = s.premises.filter((p) => p.status !== "withdrawn");
  const districts = [...new Set(s.premises.map((p) => p.district))].sort((a, b) => districtName(a).localeCompare(districtName(b), "pl"));
  const statuses = STATUSES.filter((status) => s.premises.some((p) => p.status === status));
  const countOf = (district: string, status: string) => s.premises.find((p) => p.district === district && p.status === status)?.count ?? 0;
  const activeIn = (district: string) => sum(active.filter((p) => p.district === district).map((p) => p.count));

  return [
    {
      id: "districts", title: t("dashboard.districts.title"), note: t("dashboard.districts.note"), kind: "bar",
      labels: districts.map(districtName),
      series: [{ label: t("dashboard.districts.series"), values: districts.map(activeIn) }],
      table: {
        columns: [t("dashboard.district"), ...statuses.map((st) => label(`status.${st}`)), t("dashboard.totalOffered")],
        rows: districts.map((d) => [districtName(d), ...statuses.map((st) => count(countOf(d, st))), count(activeIn(d))]),
      },
    },
    {
      id: "statuses", title: t("dashboard.statuses.title"), kind: "bar",
      labels: statuses.map((st) => label(`status.${st}`)),
      series: [{ label: t("dashboard.premisesCount"), values: statuses.map((st) => sum(s.premises.filter((p) => p.status === st).map((p) => p.count))) }],
      table: {
        columns: [t("dashboard.status"), t("dashboard.premisesCount")],
        rows: statuses.map((st) => [label(`status.${st}`), count(sum(s.premises.filter((p) => p.status === st).map((p) => p.count)))]),
      },
    },
    {
      id: "pool", title: t("dashboard.pool.title"), note: t("dashboard.pool.note"), kind: "line", max: 100,
      format: (v) => `${numbers.format(v)}%`,
      labels: s.accessibilityOverTime.map((p) => p.month),
      series: [
        { label: t("dashboard.pool.full"), values: s.accessibilityOverTime.map((p) => percent(p.pool.full, p.pool.total)) },
        { label: t("dashboard.pool.partial"), values: s.accessibilityOverTime.map((p) => percent(p.pool.partial, p.pool.total)) },
      ],
      table: {
        columns: [t("dashboard.month"), t("dashboard.pool.size"), t("dashboard.pool.full"), t("dashboard.pool.partial"), t("dashboard.pool.none"), t("dashboard.pool.register"), t("dashboard.pool.registerAccessible")],
        rows: s.accessibilityOverTime.map((p) => [
          p.month, count(p.pool.total), share(p.pool.full, p.pool.total), share(p.pool.partial, p.pool.total), share(p.pool.none, p.pool.total),
          count(p.register.total), share(p.register.full + p.register.partial, p.register.total),
        ]),
      },
    },
    {
      id: "conditions", title: t("dashboard.conditions.title"), note: t("dashboard.conditions.note"), kind: "bar",
      labels: s.conditions.map((c) => label(`condition.${c.condition}`)),
      series: [{ label: t("dashboard.premisesCount"), values: s.conditions.map((c) => c.count) }],
      table: {
        columns: [t("dashboard.condition"), t("dashboard.premisesCount")],
        rows: s.conditions.map((c) => [label(`condition.${c.condition}`), count(c.count)]),
      },
    },
    {
      id: "applications", title: t("dashboard.applications.title"), note: t("dashboard.applications.note"), kind: "bar",
      labels: s.applications.map((q) => q.quarter),
      series: [
        { label: t("dashboard.applications.submitted"), values: s.applications.map((q) => q.submitted) },
        { label: t("dashboard.applications.approved"), values: s.applications.map((q) => q.approved) },
        { label: t("dashboard.applications.rejected"), values: s.applications.map((q) => q.rejected) },
      ],
      table: {
        columns: [t("dashboard.quarter"), t("dashboard.applications.submitted"), t("dashboard.applications.approved"), t("dashboard.applications.rejected"), t("dashboard.applications.median")],
        rows: s.applications.map((q) => [q.quarter, count(q.submitted), count(q.approved), count(q.rejected), q.medianDaysToDecision === null ? "—" : count(q.medianDaysToDecision)]),
      },
    },
    {
      id: "leases", title: t("dashboard.leases.title"), note: t("dashboard.leases.note"), kind: "bar",
      labels: s.leases.map((y) => String(y.year)),
      series: [
        { label: t("dashboard.leases.all"), values: s.leases.map((y) => y.leases) },
        { label: t("dashboard.leases.preferential"), values: s.leases.map((y) => y.preferential) },
      ],
      table: {
        columns: [t("dashboard.year"), t("dashboard.leases.all"), t("dashboard.leases.preferential"), t("dashboard.leases.monthlyPreference")],
        rows: s.leases.map((y) => [String(y.year), count(y.leases), count(y.preferential), formatPLN(y.monthlyPreference)]),
      },
    },
    {
      id: "de-minimis", title: t("dashboard.deMinimis.title"), note: t("dashboard.deMinimis.note"), kind: "bar", format: zl,
      labels: s.deMinimis.map((y) => String(y.year)),
      series: [{ label: t("dashboard.deMinimis.pln"), values: s.deMinimis.map((y) => Number(y.amountPln)) }],
      table: {
        columns: [t("dashboard.year"), t("dashboard.deMinimis.grants"), t("dashboard.deMinimis.pln"), t("dashboard.deMinimis.eur")],
        rows: s.deMinimis.map((y) => [String(y.year), count(y.grants), formatPLN(y.amountPln), formatEUR(y.amountEur)]),
      },
    },
    investmentsFigure(s),
  ];
}

function investmentsFigure(s: Statistics): FigureData {
  const categories = [...new Set(s.investments.map((i) => i.category))];
  const total = (category: string, field: "consentedAmount" | "acceptedAmount") =>
    sum(s.investments.filter((i) => i.category === category).map((i) => Number(i[field])));
  const categoryLabel = (c: string) => label(`detail.investments.category.${c}`);
  return {
    id: "investments", title: t("dashboard.investments.title"), note: t("dashboard.investments.note"), kind: "bar", format: zl,
    labels: categories.map(categoryLabel),
    series: [
      { label: t("dashboard.investments.consentedAmount"), values: categories.map((c) => total(c, "consentedAmount")) },
      { label: t("dashboard.investments.acceptedAmount"), values: categories.map((c) => total(c, "acceptedAmount")) },
    ],
    table: {
      columns: [t("dashboard.investments.yearCategory"), t("dashboard.investments.proposed"), t("dashboard.investments.consented"), t("dashboard.investments.consentedAmount"), t("dashboard.investments.accepted"), t("dashboard.investments.acceptedAmount")],
      rows: s.investments.map((i) => [
        `${i.year}, ${categoryLabel(i.category)}`, count(i.proposed), count(i.consented), formatPLN(i.consentedAmount), count(i.accepted), formatPLN(i.acceptedAmount),
      ]),
    },
  };
}
