import { z } from "zod";
import { District } from "./premises.ts";

/** GET /api/config: run-time settings of the map client (tile server, districts). */
export const ClientConfig = z.object({
  tileUrl: z.string(),
  tileAttribution: z.string(),
  districts: z.array(z.object({ id: District, number: z.string(), name: z.string() })),
}).meta({ id: "ClientConfig" });
export type ClientConfig = z.infer<typeof ClientConfig>;
