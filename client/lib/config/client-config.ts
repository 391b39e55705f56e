import { createContext, use } from "react";
import { ClientConfig } from "@shared/contracts/client-config.ts";

export { ClientConfig };

export const CONFIG_URL = "/api/config";

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
