import type { Lang } from "@shared/i18n/validation.ts";

/**
 * The English of the problem documents' titles and details, keyed by the Polish text the code throws
 * (gettext's way: the call sites keep writing Polish, the one middleware translates). `{}` stands for a
 * value filled in by the code (a year, a status, an address), carried over to the English as it is.
 * tests/api/problem-language.test.ts checks that every text thrown in server/ has its English here.
 */
const ENGLISH: Record<string, string> = {
  // titles
  "Brak uprawnień": "Forbidden",
  "Błąd serwera": "Server error",
  "Dane się zmieniły": "The data has changed",
  "Konflikt": "Conflict",
  "Nie można odczytać obrazu": "The image cannot be read",
  "Nie można wykonać operacji": "The operation cannot be done",
  "Nie udało się zalogować": "Sign-in failed",
  "Nie zaimportowano": "Nothing was imported",
  "Nie znaleziono": "Not found",
  "Nieobsługiwane kodowanie pliku": "Unsupported file encoding",
  "Nieobsługiwany format": "Unsupported format",
  "Nieobsługiwany rodzaj pliku": "Unsupported kind of file",
  "Nieprawidłowe dane": "Invalid data",
  "Nieprawidłowe żądanie": "Bad request",
  "Obraz ma za dużo pikseli": "The image has too many pixels",
  "Plik jest za duży": "The file is too large",
  "Serwer jest zajęty": "The server is busy",
  "Wymagane logowanie": "Sign-in required",
  "Za dużo plików": "Too many files",
  "Za długi wiersz pliku": "A line of the file is too long",
  "Zbyt wiele prób": "Too many attempts",
  "Żądanie odrzucone": "Request refused",
  "Adres e-mail niepotwierdzony": "E-mail address not confirmed",
  // details
  "Zaloguj się, aby kontynuować.": "Sign in to continue.",
  "Nie masz uprawnień do tej operacji.": "You are not allowed to do this.",
  "Wystąpił nieoczekiwany błąd. Spróbuj ponownie później.": "An unexpected error occurred. Try again later.",
  "Nieprawidłowy e-mail lub hasło.": "Wrong e-mail or password.",
  "Nie ma takiego adresu API: {} {}": "There is no such API address: {} {}",
  "Zbyt wiele prób. Spróbuj ponownie za {} min.": "Too many attempts. Try again in {} min.",
  "Żądanie wysłane z innej witryny zostało odrzucone.": "A request sent from another site was refused.",
  "Brak lub nieprawidłowy nagłówek {}. Odśwież stronę i spróbuj ponownie.": "The {} header is missing or wrong. Reload the page and try again.",
  "Aneks do tej umowy dodano w tej samej chwili; odśwież i spróbuj ponownie.": "An annex to this lease was added at the same moment; reload and try again.",
  "Lokal nie jest przeznaczony na taką działalność.": "The premises is not meant for this use.",
  "Lokal przyznano już innemu wnioskodawcy.": "The premises has already been granted to another applicant.",
  "Lokal przyznano już innemu wnioskodawcy; tego wniosku nie można zatwierdzić.": "The premises has already been granted to another applicant; this application cannot be approved.",
  "Lokal nie jest dostępny (status: {}).": "The premises is not available (status: {}).",
  "Lokal ma już podpisaną umowę {} na ten okres.": "The premises already has a signed lease {} for this period.",
  "Na ten nakład nie wyrażono (jeszcze) zgody.": "This investment has not been consented to (yet).",
  "Nie ma lokalu o takim identyfikatorze.": "There is no premises with this identifier.",
  "Nie ma lokalu tej umowy.": "The premises of this lease does not exist.",
  "Nie ma nakładu o takim identyfikatorze.": "There is no investment with this identifier.",
  "Nie ma oczekującego zaproszenia o takim identyfikatorze dla tego konta.": "There is no pending invitation with this identifier for this account.",
  "Nie ma organizacji o takim identyfikatorze.": "There is no organisation with this identifier.",
  "Nie ma takiego lokalu.": "There is no such premises.",
  "Nie ma takiego pliku.": "There is no such file.",
  "Nie ma takiej wersji polityki stawek.": "There is no such version of the rate policy.",
  "Nie ma takiego konta.": "There is no such account.",
  "To ostatnie aktywne konto administratora: nie można go dezaktywować ani zmienić jego roli. Najpierw nadaj rolę administratora innemu kontu.": "This is the last active admin account: it cannot be deactivated or given another role. First make another account an admin.",
  "To konto wnioskodawcy: rolę zmienia się tylko kontom pracowników urzędu (urzędnik, administrator).": "This is an applicant's account: only staff accounts (officer, admin) change roles.",
  "W tabeli nie ma stopy obowiązującej od {}.": "The table has no rate in force from {}.",
  "Stopa od {} zmieniłaby stopę użytą w decyzji o dacie udzielenia pomocy {} dla „{}” (stopa {}). Wybierz datę po dniu udzielenia tej pomocy.": "A rate from {} would change the rate used in the decision granting aid on {} to „{}” (rate {}). Choose a date after the day that aid was granted.",
  "Stopy od {} użyto już w decyzji o dacie udzielenia pomocy {} dla „{}” (stopa {}), więc nie można jej poprawić. Dodaj stopę od późniejszego dnia.": "The rate from {} was used in the decision granting aid on {} to „{}” (rate {}), so it cannot be corrected. Add a rate from a later day.",
  "Wskaźnikiem za rok {} zwaloryzowano już czynsz umowy {} (waloryzacja {}), więc nie można go poprawić.": "The index of {} has already indexed the rent of lease {} (indexation on {}), so it cannot be corrected.",
  "Nie ma polityki stawek obowiązującej w tym dniu.": "No rate policy is in force on that day.",
  "Nie ma takiej wiadomości.": "There is no such message.",
  "Nie ma umowy o takim identyfikatorze.": "There is no lease with this identifier.",
  "Nie ma wniosku o takim identyfikatorze.": "There is no application with this identifier.",
  "Nie ma wersji {} wzoru umowy.": "There is no version {} of the lease template.",
  "Umowa {} nie ma aneksu nr {}.": "Lease {} has no annex no. {}.",
  "W tabeli nie ma wskaźnika cen za rok {}.": "The table has no price index for {}.",
  "Nie można ustalić warunków najmu.": "The lease terms cannot be set.",
  "Nie można wyliczyć harmonogramu: {}": "The schedule cannot be computed: {}",
  "Nie można złożyć wniosku o statusie „{}”.": "An application with status “{}” cannot be submitted.",
  "Nie można wycofać wniosku o statusie „{}”.": "An application with status “{}” cannot be withdrawn.",
  "Wniosek ma już status „{}”; rozstrzyga się tylko wnioski złożone.": "The application already has status “{}”; only submitted applications are decided.",
  "Organizacja ma już otwarty wniosek o ten lokal.": "The organisation already has an open application for this premises.",
  "Status wniosku właśnie się zmienił. Odśwież stronę.": "The application's status has just changed. Reload the page.",
  "Stopa od tego dnia już jest w tabeli.": "A rate from that day is already in the table.",
  "Ta decyzja nie udziela pomocy de minimis, więc nie ma zaświadczenia.": "This decision grants no de minimis aid, so there is no certificate.",
  "Tej wersji użyto już w decyzji, więc nie można jej zmienić. Dodaj nową wersję.": "This version has been used in a decision, so it cannot change. Add a new version.",
  "Ten lokal nie jest dostępny do najmu.": "This premises is not available for lease.",
  "Ten nakład nie został (jeszcze) odebrany, więc nie ma rozliczenia.": "This investment has not been accepted (yet), so there is no settlement.",
  "Wersja polityki obowiązująca od tego dnia już istnieje; wybierz inną datę albo zmień tamtą wersję.": "A policy version in force from that day already exists; choose another date or change that version.",
  "Wniosek może złożyć tylko organizacja zweryfikowana przez urząd.": "Only an organisation verified by the office can apply.",
  "Wniosek nie został jeszcze rozstrzygnięty.": "The application has not been decided yet.",
  "Wniosek został już złożony; zmieniać można tylko wersję roboczą.": "The application has already been submitted; only a draft can be changed.",
  "Wskaźnik za rok {} dodano w tej samej chwili; odśwież tabelę i spróbuj ponownie.": "The index for {} was added at the same moment; reload the table and try again.",
  "Wyślij plik CSV jako treść żądania z nagłówkiem Content-Type: text/csv.": "Send the CSV file as the request body with the header Content-Type: text/csv.",
  "Średnioroczny wskaźnik GUS za ten rok nie jest jeszcze znany.": "Statistics Poland's annual average index for this year is not known yet.",
  "Plik może mieć najwyżej 64 MB. Podziel go na części albo użyj importu z wiersza poleceń (npm run premises:import).":
    "The file may be at most 64 MB. Split it or use the command-line import (npm run premises:import).",
  "Stopa od {} zmieniłaby stopę już użytą w {}. Wybierz datę po dniu udzielenia tej pomocy.":
    "A rate from {} would change the rate already used in {}. Choose a date after the day that aid was granted.",
  "Stopy od {} użyto już w {}, więc nie można jej poprawić. Dodaj stopę od późniejszego dnia.":
    "The rate from {} has already been used in {}, so it cannot be corrected. Add a rate from a later day.",
  "Statystyki są właśnie przeliczane. Spróbuj ponownie za kilka sekund.": "The statistics are being recomputed. Try again in a few seconds.",
  "Pliki danych otwartych są właśnie przygotowywane. Spróbuj ponownie za kilka sekund.": "The open data files are being prepared. Try again in a few seconds.",
  "Zanim złożysz wniosek, potwierdź adres e-mail {}: kliknij link z wiadomości, którą wysłaliśmy po rejestracji. Jeśli jej nie masz, wyślij link ponownie ze strony „Moje konto”.":
    "Before you apply, confirm the e-mail address {}: click the link in the message we sent after you registered. If you do not have it, send the link again from “My account”.",
  "Mapa jest teraz mocno obciążona. Spróbuj ponownie za kilka sekund.": "The map is under heavy load. Try again in a few seconds.",
  "Trwają już inne importy rejestru. Spróbuj ponownie za chwilę.": "Other register imports are running. Try again in a moment.",
  "Trwa już kilka eksportów rejestru. Spróbuj ponownie za chwilę.": "Several register exports are running. Try again in a moment.",
  "Serwer sprawdza teraz zbyt wiele haseł naraz. Spróbuj ponownie za kilka sekund.": "The server is checking too many passwords at once. Try again in a few seconds.",
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const templates = Object.entries(ENGLISH)
  .filter(([polish]) => polish.includes("{}"))
  .map(([polish, english]) => ({ pattern: new RegExp(`^${polish.split("{}").map(escape).join("(.+?)")}$`, "s"), english }));

/** Whether a Polish text (a literal, or a template with `{}` for its values) has its English. */
export function hasEnglish(polish: string): boolean {
  return polish in ENGLISH;
}

/** A problem's title or detail in the request's language; a text with no English stays Polish. */
export function problemText(polish: string, lang: Lang): string {
  if (lang === "pl") return polish;
  const exact = ENGLISH[polish];
  if (exact !== undefined) return exact;
  for (const { pattern, english } of templates) {
    const values = pattern.exec(polish)?.slice(1);
    if (values) return english.replace(/\{\}/g, () => values.shift() ?? "");
  }
  return polish;
}
