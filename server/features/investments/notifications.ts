import { formatDate } from "@shared/domain/dates.ts";
import { formatPercent, formatPLN, toDecimal } from "@shared/domain/money.ts";
import type { DbTx } from "@server/lib/db.ts";
import { insertNotification } from "./repository.ts";

// Every step of an investment leaves a message for the tenant organisation in the outbox
// (Notification, as the applications do), in the transaction of the step.

export type InvestmentMessage =
  | { kind: "proposed"; estimate: string }
  | { kind: "consented"; approved: string; conditions: string | null }
  | { kind: "refused"; reason: string }
  | { kind: "completed"; actualCost: string; invoices: number }
  | { kind: "accepted"; accepted: string; acceptedOn: string; share: string };

interface About {
  organisationId: string;
  title: string;
  leaseNumber: string;
  address: string;
}

/** "2025-03-14" → "04.2025": the first month an investment accepted that day is offset in. */
function monthAfter(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `01.${y + 1}` : `${String(m + 1).padStart(2, "0")}.${y}`;
}

function text(m: InvestmentMessage, about: About): { subject: string; body: string } {
  const what = `„${about.title}” w lokalu ${about.address} (umowa ${about.leaseNumber})`;
  switch (m.kind) {
    case "proposed":
      return { subject: `Zgłoszono nakład „${about.title}”`, body: `Wniosek o zgodę na nakład ${what} wpłynął do urzędu; kosztorys ${formatPLN(m.estimate)} netto. Powiadomimy Państwa o decyzji.` };
    case "consented":
      return {
        subject: `Zgoda na nakład „${about.title}”`,
        body: `Urząd wyraził zgodę na nakład ${what} do kwoty ${formatPLN(m.approved)} netto.${m.conditions ? ` Warunki: ${m.conditions}` : ""} ` +
          "Po zakończeniu prac prosimy zgłosić je w serwisie wraz z fakturami.",
      };
    case "refused":
      return { subject: `Odmowa zgody na nakład „${about.title}”`, body: `Urząd nie wyraził zgody na nakład ${what}. Uzasadnienie: ${m.reason}` };
    case "completed":
      return {
        subject: `Zgłoszono zakończenie prac „${about.title}”`,
        body: `Zgłoszono zakończenie nakładu ${what}: koszt ${formatPLN(m.actualCost)} netto, faktur: ${m.invoices}. Urząd uzgodni termin odbioru.`,
      };
    case "accepted":
      return {
        subject: `Odebrano nakład „${about.title}”`,
        body: `Nakład ${what} odebrano protokołem z ${formatDate(m.acceptedOn)}; do rozliczenia przyjęto ${formatPLN(m.accepted)}. ` +
          `Od ${monthAfter(m.acceptedOn)} będzie potrącany z czynszu, najwyżej ${formatPercent(toDecimal(m.share).times(100))} czynszu brutto miesięcznie.`,
      };
  }
}

export async function notifyTenant(tx: DbTx, message: InvestmentMessage, about: About): Promise<void> {
  const { subject, body } = text(message, about);
  await insertNotification(tx, { organisationId: about.organisationId, kind: `investment-${message.kind}`, subject, body });
}
