import type { LeaseAttention } from "@shared/contracts/leases.ts";
import { formatDate, toIsoDate } from "@shared/domain/dates.ts";
import { toFixed2String } from "@shared/domain/money.ts";
import { monthlyRent } from "@shared/domain/rent.ts";
import { CSV_BOM, csvDecimal, csvJoin, csvText } from "@server/features/premises-register/index.ts";
import { annexedEnd, toLease } from "./mapper.ts";
import type { LeaseRow } from "./repository.ts";

// The leases list as a spreadsheet in the premises register's style: semicolons, decimal commas,
// dates as 14.09.2025, CRLF lines, UTF-8 with a BOM; text cells guarded against formulas.

const STATUS_WORDS = { draft: "projekt", signed: "podpisana", ended: "zakończona", terminated: "rozwiązana" } as const;
const ATTENTION_WORDS: Record<NonNullable<LeaseAttention>, string> = { "ending-soon": "kończy się wkrótce", "awaiting-signature": "czeka na podpis" };

export const LEASE_CSV_HEADERS = [
  "Numer", "Status", "Kolejka", "Najemca", "NIP", "Lokal", "Kod inwentarzowy", "Dzielnica", "Powierzchnia (m²)", "Stawka (zł/m²)",
  "Czynsz netto (zł)", "VAT (zł)", "Czynsz brutto (zł)", "Kaucja (zł)", "Początek", "Koniec", "Data podpisania", "Data rozwiązania",
] as const;

const date = (value: string | null) => (value === null ? "" : formatDate(value));

function cells(row: LeaseRow, attention: LeaseAttention): string[] {
  const lease = toLease(row);
  const textCell = csvText({ nullable: true });
  const decimalCell = csvDecimal();
  const text = (value: string) => textCell.write(value);
  const decimal = (value: string) => decimalCell.write(value);
  // The current terms: the last annex's rate and area, when an annex changed them.
  const rate = lease.annexes.reduce((r, a) => a.rate ?? r, lease.rate);
  const area = lease.annexes.reduce((r, a) => a.area ?? r, lease.area);
  const monthly = monthlyRent({ rate, area, vatRate: lease.vatRate });
  return [
    text(lease.number), STATUS_WORDS[lease.status], attention === null ? "" : ATTENTION_WORDS[attention],
    text(lease.parties.organisation.name), text(lease.parties.organisation.nip), text(lease.parties.premises.address),
    text(lease.parties.premises.inventoryCode), text(lease.parties.premises.district), decimal(area), decimal(rate),
    decimal(toFixed2String(monthly.net)), decimal(toFixed2String(monthly.vat)), decimal(toFixed2String(monthly.gross)), decimal(lease.deposit),
    date(lease.startDate), date(annexedEnd(row)), date(lease.signedOn), date(lease.terminatedOn),
  ];
}

/** The whole CSV file (the leases are few enough to build in one go). */
export function leasesCsv(leases: { row: LeaseRow; attention: LeaseAttention }[]): string {
  return CSV_BOM + csvJoin([...LEASE_CSV_HEADERS]) + leases.map(({ row, attention }) => csvJoin(cells(row, attention))).join("");
}

export const leasesCsvName = (now: Date) => `umowy-najmu-${toIsoDate(now)}.csv`;
