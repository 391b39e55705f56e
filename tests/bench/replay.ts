/** What the bare server replays: one captured response of our API per scenario. */
export interface ReplayEntry {
  path: string;
  ifNoneMatch: string | null;
  status: number;
  headers: [string, string][];
  bodyFile: string | null;
}

/** Headers the bare server's own node:http adds or that describe the connection, not the response. */
export const HOP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);
