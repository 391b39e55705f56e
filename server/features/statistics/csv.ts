import type { Statistics } from "@shared/contracts/statistics.ts";
import { districtById } from "@shared/districts.ts";
import { CSV_BOM, csvDecimal, csvJoin, csvText } from "@server/features/premises-register/index.ts";

/**
 * The statistics as one long table, one figure a row, in the register's spreadsheet style (semicolons,
 * decimal commas, UTF-8 with BOM): "Zestawienie;Okres;Grupa;Miara;Wartość". Periods are "2026-12",
 * "2026-Q4" or "2026"; money in zł (EUR where the measure says so), as exact decimals.
 */
export const STATISTICS_CSV_HEADER = ["Zestawienie", "Okres", "Grupa", "Miara", "Wartość"];

type Value = number | string | null;
const text = csvText();
const money = csvDecimal();

function line(table: string, period: string, group: string, measure: string, value: Value): string {
  const cell = typeof value === "string" ? money.write(value) : value === null ? "" : String(value).replace(".", ",");
  return csvJoin([text.write(table), text.write(period), text.write(group), text.write(measure), cell]);
}

const districtName = (id: string) => districtById(id)?.name ?? id;

export function statisticsCsv(s: Statistics, today: string): string {
  const lines = [CSV_BOM + csvJoin(STATISTICS_CSV_HEADER)];
  for (const p of s.premises) lines.push(line("lokale według statusu i dzielnicy", today, districtName(p.district), `status: ${p.status}`, p.count));
  for (const c of s.conditions) lines.push(line("stan techniczny lokali", today, c.condition, "liczba lokali", c.count));
  for (const l of s.accessibilityLevels) lines.push(line("poziom dostępności lokali", today, l.level, "liczba lokali", l.count));
  for (const point of s.accessibilityOverTime) {
    for (const [group, counts] of [["pula społeczna", point.pool], ["cały rejestr", point.register]] as const) {
      for (const measure of ["total", "full", "partial", "none"] as const) {
        lines.push(line("dostępność w czasie", point.month, group, measure === "total" ? "liczba lokali" : `dostępność: ${measure}`, counts[measure]));
      }
    }
  }
  for (const q of s.applications) {
    lines.push(line("wnioski", q.quarter, "", "złożone", q.submitted));
    lines.push(line("wnioski", q.quarter, "", "zatwierdzone", q.approved));
    lines.push(line("wnioski", q.quarter, "", "odrzucone", q.rejected));
    lines.push(line("wnioski", q.quarter, "", "mediana dni do decyzji", q.medianDaysToDecision));
  }
  for (const y of s.leases) {
    lines.push(line("umowy najmu według roku rozpoczęcia", String(y.year), "", "umowy", y.leases));
    lines.push(line("umowy najmu według roku rozpoczęcia", String(y.year), "", "umowy preferencyjne", y.preferential));
    lines.push(line("umowy najmu według roku rozpoczęcia", String(y.year), "", "miesięczna wartość preferencji [zł netto]", y.monthlyPreference));
  }
  lines.push(line("umowy najmu obowiązujące", today, "", "umowy", s.leasesInForce.leases));
  lines.push(line("umowy najmu obowiązujące", today, "", "umowy preferencyjne", s.leasesInForce.preferential));
  lines.push(line("umowy najmu obowiązujące", today, "", "miesięczna wartość preferencji [zł netto]", s.leasesInForce.monthlyPreference));
  for (const y of s.deMinimis) {
    lines.push(line("pomoc de minimis", String(y.year), "", "decyzje", y.grants));
    lines.push(line("pomoc de minimis", String(y.year), "", "wartość [zł]", y.amountPln));
    lines.push(line("pomoc de minimis", String(y.year), "", "wartość [EUR]", y.amountEur));
  }
  for (const i of s.investments) {
    const table = "nakłady najemców";
    lines.push(line(table, String(i.year), i.category, "zgłoszone", i.proposed));
    lines.push(line(table, String(i.year), i.category, "ze zgodą", i.consented));
    lines.push(line(table, String(i.year), i.category, "kwota zgody [zł]", i.consentedAmount));
    lines.push(line(table, String(i.year), i.category, "odebrane", i.accepted));
    lines.push(line(table, String(i.year), i.category, "kwota rozliczana [zł]", i.acceptedAmount));
  }
  return lines.join("");
}
