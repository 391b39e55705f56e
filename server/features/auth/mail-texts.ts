import type { MailContent, MailLanguage } from "@server/features/mail/index.ts";

export type AccountMailKind = "confirm-email" | "password-reset" | "account-setup" | "password-changed";

interface About {
  name: string;
  /** The link of the message (not for password-changed). */
  link?: string;
  role?: string;
}

const ROLE_NAMES: Record<MailLanguage, Record<string, string>> = {
  pl: { applicant: "wnioskodawca", officer: "urzędnik", admin: "administrator" },
  en: { applicant: "applicant", officer: "officer", admin: "administrator" },
};

/** The account messages in the user's language (Polish unless the account chose English). */
export function accountMail(kind: AccountMailKind, lang: MailLanguage, about: About): MailContent {
  const link = about.link ?? "";
  const pl = lang === "pl";
  const hello = pl ? `Dzień dobry, ${about.name},` : `Hello ${about.name},`;
  switch (kind) {
    case "confirm-email":
      return pl
        ? {
          subject: "Potwierdź adres e-mail — Lokale użytkowe Kraków",
          paragraphs: [hello, "dziękujemy za założenie konta w serwisie lokali użytkowych dla ekonomii społecznej. Aby móc składać wnioski o najem, potwierdź, że ten adres e-mail należy do Ciebie."],
          link: { url: link, label: "Potwierdź adres e-mail" },
          after: ["Link działa przez 7 dni i tylko raz. Jeśli nie zakładałeś(-aś) konta, zignoruj tę wiadomość."],
        }
        : {
          subject: "Confirm your e-mail address — Kraków municipal premises",
          paragraphs: [hello, "thank you for creating an account with the municipal premises service for the social economy. To submit applications for a lease, confirm that this e-mail address is yours."],
          link: { url: link, label: "Confirm e-mail address" },
          after: ["The link works for 7 days and only once. If you did not create an account, ignore this message."],
        };
    case "password-reset":
      return pl
        ? {
          subject: "Ustaw nowe hasło — Lokale użytkowe Kraków",
          paragraphs: [hello, "otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta. Ustaw je, korzystając z linku poniżej."],
          link: { url: link, label: "Ustaw nowe hasło" },
          after: ["Link działa przez godzinę i tylko raz. Po zmianie hasła wszystkie sesje Twojego konta zostaną zakończone. Jeśli to nie Ty prosiłeś(-aś) o zmianę, zignoruj tę wiadomość: hasło pozostanie bez zmian."],
        }
        : {
          subject: "Set a new password — Kraków municipal premises",
          paragraphs: [hello, "we received a request to set a new password for your account. Set it with the link below."],
          link: { url: link, label: "Set a new password" },
          after: ["The link works for one hour and only once. Once the password is changed, every session of your account ends. If you did not ask for this, ignore this message: your password stays as it is."],
        };
    case "account-setup":
      return pl
        ? {
          subject: "Zaproszenie do serwisu — ustaw hasło — Lokale użytkowe Kraków",
          paragraphs: [hello, `założono dla Ciebie konto w serwisie lokali użytkowych dla ekonomii społecznej (rola: ${ROLE_NAMES.pl[about.role ?? ""] ?? about.role}). Aby się zalogować, ustaw swoje hasło.`],
          link: { url: link, label: "Ustaw hasło" },
          after: ["Link działa przez 7 dni i tylko raz. Gdy wygaśnie, skorzystaj z opcji „Nie pamiętasz hasła?” na stronie logowania."],
        }
        : {
          subject: "Invitation — set your password — Kraków municipal premises",
          paragraphs: [hello, `an account was created for you in the municipal premises service for the social economy (role: ${ROLE_NAMES.en[about.role ?? ""] ?? about.role}). To sign in, set your password.`],
          link: { url: link, label: "Set password" },
          after: ["The link works for 7 days and only once. Once it has expired, use “Forgot your password?” on the sign-in page."],
        };
    case "password-changed":
      return pl
        ? {
          subject: "Hasło zostało zmienione — Lokale użytkowe Kraków",
          paragraphs: [hello, "hasło do Twojego konta zostało właśnie zmienione, a pozostałe sesje zakończone.", "Jeśli to nie Ty, natychmiast ustaw nowe hasło (opcja „Nie pamiętasz hasła?” na stronie logowania) i skontaktuj się z urzędem."],
        }
        : {
          subject: "Your password was changed — Kraków municipal premises",
          paragraphs: [hello, "the password of your account was just changed, and its other sessions ended.", "If this was not you, set a new password at once (“Forgot your password?” on the sign-in page) and contact the office."],
        };
  }
}
