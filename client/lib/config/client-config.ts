import { createContext, use } from "react";
import { z } from "zod";
import { District } from "@shared/contracts/premises.ts";

// Mirrors the server's GET /api/config response.
export const ClientConfig = z.object({
  tileUrl: z.string(),
  tileAttribution: z.string(),
  districts: z.array(z.object({ id: District, number: z.string(), name: z.string() })),
});
export type ClientConfig = z.infer<typeof ClientConfig>;

export const ConfigContext = createContext<ClientConfig | null>(null);

export function useConfig(): ClientConfig {
  const config = use(ConfigContext);
  if (!config) throw new Error("useConfig outside ConfigProvider");
  return config;
}

/** "IV Prądnik Biały", as the districts are known in Kraków. */
export function useDistrictName(): (id: string) => string {
  const { districts } = useConfig();
  return (id) => {
    const district = districts.find((d) => d.id === id);
    return district ? `${district.number} ${district.name}` : id;
  };
}
