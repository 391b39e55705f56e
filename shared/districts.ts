/**
 * Kraków's 18 districts (dzielnice): configuration shared by the server, the client and the fixtures.
 *
 * `centre` is a point in the built-up heart of each district (not the geometric centroid: Zwierzyniec,
 * Dębniki or Wzgórza Krzesławickie are mostly forest and fields), so a map can zoom to it and the
 * synthetic generator can scatter premises around it without leaving the city.
 * Names follow DOMAIN.md; ids are the names without diacritics, lower-case, hyphenated.
 */
export const DISTRICTS = [
  { id: "stare-miasto", number: "I", name: "Stare Miasto", centre: { lat: 50.0590, lng: 19.9395 } },
  { id: "grzegorzki", number: "II", name: "Grzegórzki", centre: { lat: 50.0610, lng: 19.9640 } },
  { id: "pradnik-czerwony", number: "III", name: "Prądnik Czerwony", centre: { lat: 50.0855, lng: 19.9730 } },
  { id: "pradnik-bialy", number: "IV", name: "Prądnik Biały", centre: { lat: 50.0905, lng: 19.9250 } },
  { id: "krowodrza", number: "V", name: "Krowodrza", centre: { lat: 50.0710, lng: 19.9200 } },
  { id: "bronowice", number: "VI", name: "Bronowice", centre: { lat: 50.0805, lng: 19.8900 } },
  { id: "zwierzyniec", number: "VII", name: "Zwierzyniec", centre: { lat: 50.0555, lng: 19.9050 } },
  { id: "debniki", number: "VIII", name: "Dębniki", centre: { lat: 50.0400, lng: 19.9180 } },
  { id: "lagiewniki-borek-falecki", number: "IX", name: "Łagiewniki-Borek Fałęcki", centre: { lat: 50.0200, lng: 19.9320 } },
  { id: "swoszowice", number: "X", name: "Swoszowice", centre: { lat: 49.9910, lng: 19.9400 } },
  { id: "podgorze-duchackie", number: "XI", name: "Podgórze Duchackie", centre: { lat: 50.0140, lng: 19.9630 } },
  { id: "biezanow-prokocim", number: "XII", name: "Bieżanów-Prokocim", centre: { lat: 50.0160, lng: 20.0150 } },
  { id: "podgorze", number: "XIII", name: "Podgórze", centre: { lat: 50.0440, lng: 19.9560 } },
  { id: "czyzyny", number: "XIV", name: "Czyżyny", centre: { lat: 50.0720, lng: 20.0040 } },
  { id: "mistrzejowice", number: "XV", name: "Mistrzejowice", centre: { lat: 50.0970, lng: 20.0050 } },
  { id: "bienczyce", number: "XVI", name: "Bieńczyce", centre: { lat: 50.0875, lng: 20.0270 } },
  { id: "wzgorza-krzeslawickie", number: "XVII", name: "Wzgórza Krzesławickie", centre: { lat: 50.0920, lng: 20.0580 } },
  { id: "nowa-huta", number: "XVIII", name: "Nowa Huta", centre: { lat: 50.0750, lng: 20.0380 } },
] as const;

export type District = (typeof DISTRICTS)[number];
export type DistrictId = District["id"];

/** The district ids as a non-empty tuple, usable with `z.enum(DISTRICT_IDS)`. */
export const DISTRICT_IDS = DISTRICTS.map((d) => d.id) as [DistrictId, ...DistrictId[]];

export function districtById(id: string): District | undefined {
  return DISTRICTS.find((d) => d.id === id);
}

/** The Main Market Square (Rynek Główny). */
export const KRAKOW_CENTRE = { lat: 50.0617, lng: 19.9373 } as const;

/** A generous box around the city's administrative boundary (49.967–50.126 N, 19.792–20.217 E). */
export const KRAKOW_BOUNDS = { minLat: 49.96, minLng: 19.78, maxLat: 50.13, maxLng: 20.23 } as const;
