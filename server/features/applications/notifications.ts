import { applicationReference } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPLN, formatRate } from "@shared/domain/money.ts";
import type { DbTx } from "@server/lib/db.ts";
import { insertNotification } from "./repository.ts";

// The outbox: every change of an application's status leaves a message for the applicant here, in
// the same transaction as the change. The applicant reads them in the client; a mail sender can
// deliver the undelivered ones later (deliveredAt).

/** A change of status and what its message says besides the reference and the address. */
export type StatusMessage =
  | { kind: "submitted" | "withdrawn" | "lost" }
  | { kind: "approved"; startDate: string; months: number; rate: string; gross: string }
  | { kind: "rejected"; reason: string };

export type NotificationKind = StatusMessage["kind"];

interface About {
  id: string;
  organisationId: string;
  createdAt: Date;
  premisesAddress: string;
}

function text(m: StatusMessage, ref: string, address: string): { subject: string; body: string } {
  switch (m.kind) {
    case "submitted":
      return { subject: `Wniosek ${ref} został złożony`, body: `Wniosek o najem lokalu ${address} wpłynął do urzędu. Powiadomimy Państwa o rozstrzygnięciu.` };
    case "withdrawn":
      return { subject: `Wniosek ${ref} został wycofany`, body: `Wniosek o najem lokalu ${address} został wycofany i nie będzie rozpatrywany.` };
    case "approved":
      return {
        subject: `Wniosek ${ref} rozpatrzony pozytywnie`,
        body: `Przyznano najem lokalu ${address} od ${formatDate(m.startDate)} na ${m.months} mies., stawka ${formatRate(m.rate)}, ` +
          `czynsz miesięczny ${formatPLN(m.gross)} brutto. Decyzję można pobrać w serwisie.`,
      };
    case "rejected":
      return { subject: `Wniosek ${ref} rozpatrzony negatywnie`, body: `Wniosek o najem lokalu ${address} nie został uwzględniony. Uzasadnienie: ${m.reason}` };
    case "lost":
      return {
        subject: `Lokal ${address} przyznano innemu wnioskodawcy`,
        body: `Lokal ${address} przyznano innemu wnioskodawcy, więc wniosek ${ref} nie może zostać uwzględniony. Zachęcamy do złożenia wniosku o inny lokal.`,
      };
  }
}

export async function notify(tx: DbTx, message: StatusMessage, about: About): Promise<void> {
  const { subject, body } = text(message, applicationReference(about.id, about.createdAt), about.premisesAddress);
  await insertNotification(tx, { organisationId: about.organisationId, applicationId: about.id, kind: `application-${message.kind}`, subject, body });
}
