/** Kraków's 18 districts (dzielnice): configuration shared by the server, the client and the fixtures. */
export const DISTRICTS = [
  { id: "stare-miasto", number: "I", name: "Stare Miasto", centre: { lat: 50.0614, lng: 19.9372 } },
  { id: "grzegorzki", number: "II", name: "Grzegórzki", centre: { lat: 50.0590, lng: 19.9640 } },
  { id: "pradnik-czerwony", number: "III", name: "Prądnik Czerwony", centre: { lat: 50.0890, lng: 19.9680 } },
  { id: "pradnik-bialy", number: "IV", name: "Prądnik Biały", centre: { lat: 50.0930, lng: 19.9260 } },
  { id: "krowodrza", number: "V", name: "Krowodrza", centre: { lat: 50.0740, lng: 19.9150 } },
  { id: "bronowice", number: "VI", name: "Bronowice", centre: { lat: 50.0820, lng: 19.8800 } },
  { id: "zwierzyniec", number: "VII", name: "Zwierzyniec", centre: { lat: 50.0550, lng: 19.8800 } },
  { id: "debniki", number: "VIII", name: "Dębniki", centre: { lat: 50.0350, lng: 19.9100 } },
  { id: "lagiewniki-borek-falecki", number: "IX", name: "Łagiewniki-Borek Fałęcki", centre: { lat: 50.0220, lng: 19.9350 } },
  { id: "swoszowice", number: "X", name: "Swoszowice", centre: { lat: 49.9950, lng: 19.9400 } },
  { id: "podgorze-duchackie", number: "XI", name: "Podgórze Duchackie", centre: { lat: 50.0130, lng: 19.9620 } },
  { id: "biezanow-prokocim", number: "XII", name: "Bieżanów-Prokocim", centre: { lat: 50.0180, lng: 20.0150 } },
  { id: "podgorze", number: "XIII", name: "Podgórze", centre: { lat: 50.0420, lng: 19.9630 } },
  { id: "czyzyny", number: "XIV", name: "Czyżyny", centre: { lat: 50.0680, lng: 20.0050 } },
  { id: "mistrzejowice", number: "XV", name: "Mistrzejowice", centre: { lat: 50.0980, lng: 20.0100 } },
  { id: "bienczyce", number: "XVI", name: "Bieńczyce", centre: { lat: 50.0860, lng: 20.0280 } },
  { id: "wzgorza-krzeslawickie", number: "XVII", name: "Wzgórza Krzesławickie", centre: { lat: 50.0960, lng: 20.0600 } },
  { id: "nowa-huta", number: "XVIII", name: "Nowa Huta", centre: { lat: 50.0720, lng: 20.0380 } },
] as const;

export type District = (typeof DISTRICTS)[number];
export type DistrictId = District["id"];
export const DISTRICT_IDS = DISTRICTS.map((d) => d.id) as [DistrictId, ...DistrictId[]];

export function districtById(id: string): District | undefined {
  return DISTRICTS.find((d) => d.id === id);
}

export const KRAKOW_CENTRE = { lat: 50.0614, lng: 19.9366 } as const;
export const KRAKOW_BOUNDS = { minLat: 49.96, minLng: 19.78, maxLat: 50.13, maxLng: 20.22 } as const;
