import { applicationReference } from "@shared/contracts/applications.ts";
import { formatDate } from "@shared/domain/dates.ts";
import { formatPLN, formatRate } from "@shared/domain/money.ts";
import type { DbTx } from "@server/lib/db.ts";

// The outbox: every change of an application's status leaves a message for the applicant here, in
// the same transaction as the change. The applicant reads them in the client; a mail sender can
// deliver the undelivered ones later (deliveredAt).

export type NotificationKind = "submitted" | "withdrawn" | "approved" | "rejected" | "lost";

interface About {
  id: string;
  organisationId: string;
  createdAt: Date;
  premisesAddress: string;
}

interface Details {
  reason?: string;
  startDate?: string;
  months?: number;
  rate?: string;
  gross?: string;
}

function message(kind: NotificationKind, ref: string, address: string, d: Details): { subject: string; body: string } {
  switch (kind) {
    case "submitted":
      return { subject: `Wniosek ${ref} został złożony`, body: `Wniosek o najem lokalu ${address} wpłynął do urzędu. Powiadomimy Państwa o rozstrzygnięciu.` };
    case "withdrawn":
      return { subject: `Wniosek ${ref} został wycofany`, body: `Wniosek o najem lokalu ${address} został wycofany i nie będzie rozpatrywany.` };
    case "approved":
      return {
        subject: `Wniosek ${ref} rozpatrzony pozytywnie`,
        body: `Przyznano najem lokalu ${address} od ${formatDate(d.startDate!)} na ${d.months} mies., stawka ${formatRate(d.rate!)}, ` +
          `czynsz miesięczny ${formatPLN(d.gross!)} brutto. Decyzję można pobrać w serwisie.`,
      };
    case "rejected":
      return { subject: `Wniosek ${ref} rozpatrzony negatywnie`, body: `Wniosek o najem lokalu ${address} nie został uwzględniony. Uzasadnienie: ${d.reason}` };
    case "lost":
      return {
        subject: `Lokal ${address} przyznano innemu wnioskodawcy`,
        body: `Lokal ${address} przyznano innemu wnioskodawcy, więc wniosek ${ref} nie może zostać uwzględniony. Zachęcamy do złożenia wniosku o inny lokal.`,
      };
  }
}

export async function notify(tx: DbTx, kind: NotificationKind, about: About, details: Details = {}): Promise<void> {
  const { subject, body } = message(kind, applicationReference(about.id, about.createdAt), about.premisesAddress, details);
  await tx.notification.create({
    data: { organisationId: about.organisationId, applicationId: about.id, kind: `application-${kind}`, subject, body },
  });
}
