import { addValidationMessages, type Message } from "./validation.ts";

/** Messages of accounts, sign-in and organisations. */
export const ACCOUNT_MESSAGES: Record<string, Message> = {
  "email.invalid": { pl: "Podaj prawidłowy adres e-mail, np. jan.kowalski@example.pl.", en: "Enter a valid e-mail address, e.g. jan.kowalski@example.pl." },
  "email.taken": { pl: "Konto z tym adresem e-mail już istnieje. Zaloguj się.", en: "An account with this e-mail address already exists. Sign in." },
  "password.required": { pl: "Podaj hasło.", en: "Enter your password." },
  "password.tooShort": { pl: "Hasło musi mieć co najmniej 12 znaków.", en: "The password must have at least 12 characters." },
  "password.tooLong": { pl: "Hasło może mieć najwyżej 200 znaków.", en: "The password may have at most 200 characters." },
  "password.common": { pl: "To hasło jest zbyt łatwe do odgadnięcia. Użyj np. kilku niepowiązanych słów.", en: "This password is too easy to guess. Try a few unrelated words." },
  "password.weak": { pl: "Hasło jest zbyt łatwe do odgadnięcia. Użyj np. czterech niepowiązanych słów.", en: "The password is too easy to guess. Use e.g. four unrelated words." },
  "role.invalid": { pl: "Rola to applicant (wnioskodawca), officer (urzędnik) albo admin.", en: "The role is applicant, officer or admin." },
  "personName.required": { pl: "Podaj imię i nazwisko (2–120 znaków).", en: "Enter your full name (2–120 characters)." },
  "orgName.required": { pl: "Podaj pełną nazwę organizacji (2–300 znaków).", en: "Enter the organisation's full name (2–300 characters)." },
  "legalForm.invalid": { pl: "Wybierz formę prawną.", en: "Choose the legal form." },
  "nip.format": { pl: "NIP ma 10 cyfr, np. 675-14-71-246.", en: "A NIP has 10 digits, e.g. 675-14-71-246." },
  "nip.checksum": { pl: "Numer NIP ma błędną cyfrę kontrolną.", en: "The NIP has a wrong check digit." },
  "nip.taken": { pl: "Organizacja z tym numerem NIP jest już zarejestrowana i zweryfikowana przez urząd. Jeśli to Twoja organizacja, skontaktuj się z urzędem.", en: "An organisation with this NIP is already registered and verified by the office. If it is yours, contact the office." },
  "nip.alreadyYours": { pl: "Już reprezentujesz organizację z tym numerem NIP.", en: "You already represent an organisation with this NIP." },
  "regon.format": { pl: "REGON ma 9 lub 14 cyfr, np. 122484153.", en: "A REGON has 9 or 14 digits, e.g. 122484153." },
  "regon.checksum": { pl: "Numer REGON ma błędną cyfrę kontrolną.", en: "The REGON has a wrong check digit." },
  "krs.format": { pl: "Numer KRS to do 10 cyfr, np. 0000407870.", en: "A KRS number has up to 10 digits, e.g. 0000407870." },
  "krs.required": { pl: "Podaj numer KRS: fundacje, stowarzyszenia, spółdzielnie socjalne i spółki non-profit są wpisane do KRS.", en: "Enter the KRS number: foundations, associations, social cooperatives and non-profit companies are in the KRS." },
  "street.required": { pl: "Podaj ulicę i numer, np. ul. Św. Jacka 30/1.", en: "Enter the street and number, e.g. ul. Św. Jacka 30/1." },
  "city.required": { pl: "Podaj miejscowość.", en: "Enter the town or city." },
  "phone.invalid": { pl: "Podaj numer telefonu, np. 12 345 67 89 lub +48 123 456 789.", en: "Enter a phone number, e.g. 12 345 67 89 or +48 123 456 789." },
  "reintegrationType.invalid": { pl: "Nieznany rodzaj podmiotu reintegracyjnego (CIS, KIS, WTZ, ZAZ).", en: "Unknown kind of reintegration entity (CIS, KIS, WTZ, ZAZ)." },
  "socialEnterpriseSince.required": { pl: "Podaj datę nadania statusu przedsiębiorstwa społecznego.", en: "Enter the date the social enterprise status was granted." },
  "socialEnterpriseSince.beforeAct": { pl: "Status przedsiębiorstwa społecznego nadaje się od 30.10.2022 (ustawa o ekonomii społecznej).", en: "The social enterprise status exists since 30 October 2022 (Social Economy Act)." },
  "date.future": { pl: "Ta data nie może być w przyszłości.", en: "This date cannot be in the future." },
  "grantor.required": { pl: "Podaj, kto udzielił pomocy (2–200 znaków).", en: "Enter who granted the aid (2–200 characters)." },
  "amountEur.invalid": { pl: "Podaj kwotę w euro, większą od zera, z najwyżej dwoma miejscami po przecinku, np. 1500,00.", en: "Enter an amount in euro above zero, with at most two decimals, e.g. 1500.00." },
  "declaredAid.tooMany": { pl: "Można podać najwyżej 50 pozycji pomocy de minimis.", en: "At most 50 de minimis aid entries can be given." },
  "returnReason.required": { pl: "Podaj powód zwrotu do poprawy (co najmniej 5 znaków).", en: "Give the reason for sending it back (at least 5 characters)." },
  "organisationStatus.invalid": { pl: "Nieznany status organizacji.", en: "Unknown organisation status." },
  "entity.invalid": { pl: "Nieznany rodzaj rekordu.", en: "Unknown kind of record." },
};

addValidationMessages(ACCOUNT_MESSAGES);
