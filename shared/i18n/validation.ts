/**
 * Validation messages in the words a user understands, Polish first. Schemas in shared/contracts
 * name a key; the server's problem documents and the client's forms translate it with this table.
 * Features add their keys to their own tables and register them with `addValidationMessages`.
 */
export type Lang = "pl" | "en";
export type Message = Record<Lang, string>;

const messages: Record<string, Message> = {
  "required": { pl: "To pole jest wymagane.", en: "This field is required." },
  "text.malformed": { pl: "Tekst zawiera nieprawidłowe znaki (uszkodzone kodowanie). Wpisz go ponownie.", en: "The text contains invalid characters (broken encoding). Type it again." },
  "decimal.invalid": { pl: "Podaj liczbę z najwyżej dwoma miejscami po przecinku, np. 42,50.", en: "Enter a number with at most two decimals, e.g. 42.50." },
  "minArea.invalid": { pl: "Minimalna powierzchnia musi być liczbą, np. 40 lub 42,50.", en: "Minimum area must be a number, e.g. 40 or 42.50." },
  "maxArea.invalid": { pl: "Maksymalna powierzchnia musi być liczbą, np. 120 lub 120,50.", en: "Maximum area must be a number, e.g. 120 or 120.50." },
  "maxRent.invalid": { pl: "Maksymalna stawka musi być kwotą w zł za m², np. 25 lub 25,50.", en: "Maximum rent must be an amount in zł per m², e.g. 25 or 25.50." },
  "area.range": { pl: "Maksymalna powierzchnia nie może być mniejsza niż minimalna.", en: "Maximum area cannot be smaller than minimum area." },
  "date.nonexistent": { pl: "Taki dzień nie istnieje (np. 31 lutego albo 31 kwietnia). Sprawdź dzień i miesiąc.", en: "There is no such day (e.g. 31 February or 31 April). Check the day and the month." },
  "date.invalid": { pl: "Podaj datę w formacie RRRR-MM-DD.", en: "Enter a date as YYYY-MM-DD." },
  "boolean.invalid": { pl: "Dozwolone wartości: tak lub nie.", en: "Allowed values: true or false." },
  "page.invalid": { pl: "Numer strony musi być liczbą całkowitą od 1.", en: "Page must be a whole number from 1." },
  "pageSize.invalid": { pl: "Liczba wyników na stronie musi być od 1 do 100.", en: "Page size must be between 1 and 100." },
  "choice.required": { pl: "Wybierz jedną z pozycji listy.", en: "Choose one of the options." },
  "district.invalid": { pl: "Nieznana dzielnica.", en: "Unknown district." },
  "condition.invalid": { pl: "Nieznany stan techniczny.", en: "Unknown condition grade." },
  "status.invalid": { pl: "Nieznany status lokalu.", en: "Unknown premises status." },
  "use.invalid": { pl: "Nieznany rodzaj działalności.", en: "Unknown kind of use." },
  "uses.required": { pl: "Wybierz co najmniej jedno dozwolone przeznaczenie.", en: "Choose at least one allowed use." },
  "accessibility.invalid": { pl: "Nieznany poziom dostępności (pełna, częściowa, brak).", en: "Unknown accessibility level (full, partial, none)." },
  "feature.invalid": { pl: "Nieznana cecha dostępności.", en: "Unknown accessibility feature." },
  "heating.invalid": { pl: "Nieznany rodzaj ogrzewania.", en: "Unknown heating type." },
  "toilet.invalid": { pl: "Nieznany rodzaj toalety.", en: "Unknown toilet kind." },
  "doorWidth.invalid": { pl: "Szerokość drzwi podaj w centymetrach (40–400).", en: "Give the door width in centimetres (40–400)." },
  "postalCode.invalid": { pl: "Kod pocztowy ma postać 00-000.", en: "A postal code looks like 00-000." },
  "lat.outside": { pl: "Szerokość geograficzna poza Krakowem.", en: "Latitude outside Kraków." },
  "lng.outside": { pl: "Długość geograficzna poza Krakowem.", en: "Longitude outside Kraków." },
  "bbox.format": { pl: "Obszar mapy podaj jako cztery liczby: minDł,minSzer,maxDł,maxSzer.", en: "Give the map area as four numbers: minLng,minLat,maxLng,maxLat." },
  "bbox.range": { pl: "Obszar mapy jest poza zakresem współrzędnych lub ma odwrócone rogi.", en: "The map area is out of coordinate range or its corners are swapped." },
  "sort.invalid": { pl: "Nieznany porządek sortowania.", en: "Unknown sort order." },
  "q.tooLong": { pl: "Wyszukiwany tekst jest za długi (najwyżej 100 znaków).", en: "Search text is too long (at most 100 characters)." },
  "id.invalid": { pl: "Nieprawidłowy identyfikator.", en: "Invalid identifier." },
  "invalid_type": { pl: "Nieprawidłowa wartość.", en: "Invalid value." },
  "too_small": { pl: "Wartość jest za mała lub za krótka.", en: "The value is too small or too short." },
  "too_big": { pl: "Wartość jest za duża lub za długa.", en: "The value is too large or too long." },
  "invalid_value": { pl: "Niedozwolona wartość.", en: "Value not allowed." },
  "invalid_format": { pl: "Nieprawidłowy format.", en: "Invalid format." },
  "unrecognized_keys": { pl: "Nieznane pole.", en: "Unknown field." },
};

export function addValidationMessages(more: Record<string, Message>): void {
  Object.assign(messages, more);
}

export function hasValidationMessage(key: string): boolean {
  return key in messages;
}

/** The message for a key (or a zod issue code), falling back to the generic one. */
export function validationMessage(keyOrCode: string, lang: Lang = "pl", fallbackCode = "invalid_value"): string {
  const entry = messages[keyOrCode] ?? messages[fallbackCode] ?? messages["invalid_value"]!;
  return entry[lang];
}
