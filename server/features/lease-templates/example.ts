import type { LeaseTemplateClauses } from "@shared/contracts/lease-templates.ts";

// PRZYKŁAD: a sensible standard text of a municipal commercial lease, written for this system as the
// example to replace with the city's adopted standard contract (add it as a new version: POST
// /api/lease-templates). Seeded as version 1 with isExample = true; every lease cites its version.
export const EXAMPLE_LEASE_TEMPLATE: LeaseTemplateClauses = {
  sections: [
    {
      heading: "Przedmiot najmu",
      paragraphs: [
        "Wynajmujący oddaje Najemcy w najem lokal użytkowy położony w Krakowie przy {{premises.address}} (dzielnica {{premises.district}}), numer inwentarzowy {{premises.inventoryCode}}, o powierzchni użytkowej {{premises.area}}, a Najemca lokal ten bierze w najem.",
        "Stan techniczny lokalu, jego wyposażenie i stan liczników w dniu wydania określa protokół zdawczo-odbiorczy stanowiący załącznik nr 1 do umowy.",
        "Najemca oświadcza, że zna stan lokalu i nie wnosi do niego zastrzeżeń poza wymienionymi w protokole.",
      ],
    },
    {
      heading: "Czas trwania umowy",
      paragraphs: [
        "Umowa zostaje zawarta {{lease.term}}.",
        "Wydanie lokalu nastąpi w dniu {{lease.startDate}} na podstawie protokołu zdawczo-odbiorczego.",
      ],
    },
    {
      heading: "Czynsz i podatek VAT",
      paragraphs: [
        "Najemca płaci czynsz według stawki {{rent.rate}} netto miesięcznie, tj. {{rent.net}} netto, powiększony o podatek VAT według stawki {{rent.vatRate}} w kwocie {{rent.vat}}, łącznie {{rent.gross}} brutto miesięcznie.",
        "Czynsz płatny jest miesięcznie z góry, do {{paymentDay}}. dnia każdego miesiąca, na rachunek bankowy wskazany na fakturze. Za niepełny miesiąc najmu czynsz nalicza się proporcjonalnie do liczby dni.",
        "Czynsz nie obejmuje opłat za media i usługi dostarczane do lokalu, które Najemca ponosi odrębnie.",
        "Harmonogram płatności za pierwszy rok najmu stanowi załącznik nr 2 do umowy.",
      ],
    },
    {
      heading: "Waloryzacja czynszu",
      paragraphs: [
        "Stawka czynszu podlega corocznej waloryzacji w rocznicę rozpoczęcia najmu o średnioroczny wskaźnik cen towarów i usług konsumpcyjnych za rok poprzedni, ogłaszany przez Prezesa Głównego Urzędu Statystycznego.",
        "Waloryzacja nie wymaga zmiany umowy; Wynajmujący zawiadamia Najemcę na piśmie o nowej stawce. Zmiana stawki czynszu z innych przyczyn wymaga wypowiedzenia z zachowaniem terminu co najmniej jednego miesiąca na koniec miesiąca kalendarzowego (art. 685¹ Kodeksu cywilnego).",
      ],
    },
    {
      heading: "Zwolnienie z czynszu",
      paragraphs: [
        "Najemca jest zwolniony z czynszu przez {{holidays}} dni od dnia wydania lokalu, na czas przygotowania lokalu do prowadzenia działalności i prac remontowych.",
        "Zwolnienie nie obejmuje opłat za media i usługi dostarczane do lokalu.",
      ],
    },
    {
      heading: "Kaucja",
      paragraphs: [
        "Najemca wpłaca kaucję zabezpieczającą w wysokości {{deposit}} ({{depositMultiple}}-krotność miesięcznego czynszu brutto) przed wydaniem lokalu.",
        "Kaucja zabezpiecza roszczenia Wynajmującego z tytułu umowy, w szczególności zaległy czynsz, opłaty i koszty przywrócenia lokalu do stanu z protokołu zdawczo-odbiorczego. Wynajmujący zwraca kaucję po zakończeniu najmu, pomniejszoną o te należności, w terminie 30 dni od zwrotu lokalu.",
      ],
    },
    {
      heading: "Przeznaczenie lokalu",
      paragraphs: [
        "Najemca będzie używał lokalu wyłącznie na cele: {{permittedUse}}.",
        "Zmiana sposobu używania lokalu, jego podnajem lub oddanie do bezpłatnego używania wymaga pisemnej zgody Wynajmującego.",
      ],
    },
    {
      heading: "Nakłady Najemcy",
      paragraphs: [
        "Najemca może dokonywać nakładów na lokal wyłącznie za uprzednią pisemną zgodą Wynajmującego, na podstawie zaakceptowanego kosztorysu.",
        "Wartość nakładów zaakceptowanych przez Wynajmującego podlega rozliczeniu przez potrącenie z czynszu; potrącenie w danym miesiącu nie może przekroczyć {{offsetShare}} czynszu netto.",
        "Nierozliczona w czasie trwania najmu wartość nakładów {{remainder}}.",
        "W pozostałym zakresie do nakładów stosuje się art. 676 Kodeksu cywilnego.",
      ],
    },
    {
      heading: "Wypowiedzenie i rozwiązanie umowy",
      paragraphs: [
        "Wynajmujący może wypowiedzieć umowę bez zachowania terminów wypowiedzenia, jeżeli Najemca zalega z zapłatą czynszu za dwa pełne okresy płatności, po uprzednim pisemnym uprzedzeniu i wyznaczeniu dodatkowego miesięcznego terminu do zapłaty (art. 687 Kodeksu cywilnego), a także gdy Najemca używa lokalu niezgodnie z umową.",
        "Każda ze stron może rozwiązać umowę za porozumieniem stron. Umowę zawartą na czas nieoznaczony każda ze stron może wypowiedzieć z zachowaniem trzymiesięcznego terminu wypowiedzenia na koniec miesiąca kalendarzowego.",
        "Po zakończeniu najmu Najemca zwraca lokal w stanie niepogorszonym, z uwzględnieniem zużycia wynikającego z prawidłowego używania, na podstawie protokołu zdawczo-odbiorczego.",
      ],
    },
    {
      heading: "Postanowienia końcowe",
      paragraphs: [
        "Zmiany umowy wymagają formy pisemnej pod rygorem nieważności, w postaci aneksu.",
        "W sprawach nieuregulowanych umową stosuje się przepisy Kodeksu cywilnego. Spory rozstrzyga sąd właściwy dla siedziby Wynajmującego.",
        "Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron. Załączniki: nr 1 – protokół zdawczo-odbiorczy, nr 2 – harmonogram płatności za pierwszy rok najmu.",
      ],
    },
  ],
};
