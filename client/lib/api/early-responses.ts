/**
 * The answers index.html asks for before any of the code has arrived (/api/config, /api/auth/me): its
 * inline script starts them as the page is parsed, with the same headers as `request()`, and leaves the
 * promises here. Each is handed out once, to the first `request()` of its URL, so that request costs no
 * second round trip; a later one fetches as usual.
 */
declare global {
  interface Window {
    earlyResponses?: Partial<Record<string, Promise<Response | null>>>;
  }
}

/** The early answer for `url` (null: its fetch failed), once; undefined when there is none. */
export function takeEarlyResponse(url: string): Promise<Response | null> | undefined {
  const early = window.earlyResponses?.[url];
  if (early && window.earlyResponses) window.earlyResponses[url] = undefined;
  return early;
}
