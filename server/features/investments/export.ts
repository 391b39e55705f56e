import { INVESTMENT_CATEGORY_LABELS, type Investment, type InvestmentStatus } from "@shared/contracts/investments.ts";
import { districtById } from "@shared/districts.ts";
import { formatDate, toIsoDate } from "@shared/domain/dates.ts";
import { CSV_BOM, csvDecimal, csvJoin, csvText } from "@server/features/premises-register/index.ts";

// The investments list as a spreadsheet in the premises register's style (as the leases export):
// semicolons, decimal commas, dates as 14.09.2025, UTF-8 with a BOM, text cells guarded against formulas.

const STATUS_WORDS: Record<InvestmentStatus, string> = {
  proposed: "zgłoszony", consented: "zgoda", refused: "odmowa", completed: "zakończony", accepted: "odebrany",
};

export const INVESTMENT_CSV_HEADERS = [
  "Umowa", "Najemca", "Lokal", "Kod inwentarzowy", "Dzielnica", "Nakład", "Kategoria", "Status", "Kosztorys (zł)", "Zatwierdzono (zł)",
  "Data zgody", "Koszt rzeczywisty (zł)", "Faktury netto (zł)", "Data zakończenia", "Przyjęto (zł)", "Data odbioru", "Potrącono dotąd (zł)", "Pozostało (zł)",
] as const;

const date = (value: string | null) => (value === null ? "" : formatDate(value));

function cells(i: Investment): string[] {
  const textCell = csvText({ nullable: true });
  const decimalCell = csvDecimal();
  const text = (value: string) => textCell.write(value);
  const decimal = (value: string | null) => (value === null ? "" : decimalCell.write(value));
  return [
    text(i.leaseNumber), text(i.organisation.name), text(i.premises.address), text(i.premises.inventoryCode),
    text(districtById(i.premises.district)?.name ?? i.premises.district), text(i.title), INVESTMENT_CATEGORY_LABELS[i.category], STATUS_WORDS[i.status],
    decimal(i.estimateTotal), decimal(i.approvedAmount), date(i.consentedOn), decimal(i.actualCost), decimal(i.invoices.length ? i.invoicesTotal : null),
    date(i.completedOn), decimal(i.acceptedAmount), date(i.acceptedOn), decimal(i.offsetSoFar), decimal(i.remainder),
  ];
}

export function investmentsCsv(items: Investment[]): string {
  return CSV_BOM + csvJoin([...INVESTMENT_CSV_HEADERS]) + items.map((i) => csvJoin(cells(i))).join("");
}

export const investmentsCsvName = (now: Date) => `naklady-${toIsoDate(now)}.csv`;
