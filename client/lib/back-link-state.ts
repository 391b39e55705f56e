/** What a link to a premises carries, so its page can lead back to the same search. */
export interface BackLinkState {
  from: string;
}

export function searchToReturnTo(state: unknown): string {
  const from = (state as Partial<BackLinkState> | null)?.from;
  return typeof from === "string" && from.startsWith("?") ? `/${from}` : "/";
}
