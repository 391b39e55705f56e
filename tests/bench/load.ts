import http from "node:http";

/** Latency samples (milliseconds) and how long the phase took, for one variant of one scenario. */
export interface Sample {
  latencies: number[];
  /** Wall time of the measured phase in milliseconds (throughput = latencies.length / seconds). */
  wallMs: number;
  errors: number;
  bytes: number;
}

export const emptySample = (): Sample => ({ latencies: [], wallMs: 0, errors: 0, bytes: 0 });

export function merge(into: Sample, add: Sample): void {
  for (const value of add.latencies) into.latencies.push(value);
  into.wallMs += add.wallMs;
  into.errors += add.errors;
  into.bytes += add.bytes;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const throughput = (s: Sample) => (s.wallMs > 0 ? (s.latencies.length * 1000) / s.wallMs : Number.NaN);

export interface Target {
  port: number;
  path: string;
  headers?: Record<string, string>;
  /** The status every response must have; anything else counts as an error. */
  status: number;
  /** The exact body length every response must have (checked when given). */
  bytes?: number;
}

export interface LoadOptions {
  concurrency: number;
  requests: number;
  /** Stops issuing new requests after this long, even if fewer than `requests` were sent. */
  maxMs: number;
}

/**
 * A closed-loop load generator over keep-alive connections: `concurrency` workers, each sending the
 * next request as soon as its previous one has been read to the end. Records each request's latency.
 */
export async function load(target: Target, options: LoadOptions): Promise<Sample> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  const sample = emptySample();
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const worker = async () => {
    while (issued < options.requests && performance.now() < deadline) {
      issued += 1;
      const t0 = performance.now();
      try {
        const { status, bytes } = await get(agent, target);
        const ok = status === target.status && (target.bytes === undefined || bytes === target.bytes);
        if (ok) sample.latencies.push(performance.now() - t0);
        else sample.errors += 1;
        sample.bytes += bytes;
      } catch {
        sample.errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  sample.wallMs = performance.now() - started;
  agent.destroy();
  return sample;
}

export interface FetchedResponse {
  status: number;
  /** Raw header pairs as the server sent them, in order. */
  rawHeaders: string[];
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request, keeping the whole response (used to capture what the bare server must replay). */
export function fetchOnce(port: number, path: string, headers: Record<string, string> = {}): Promise<FetchedResponse> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({
        status: res.statusCode ?? 0, rawHeaders: res.rawHeaders, headers: res.headers, body: Buffer.concat(chunks),
      }));
      res.on("error", reject);
    });
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${path}`)));
    req.on("error", reject);
  });
}

function get(agent: http.Agent, target: Target): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port: target.port, path: target.path, headers: target.headers, agent }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => { bytes += chunk.length; });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${target.path}`)));
    req.on("error", reject);
  });
}

/** Calls `fn` in-process `calls` times (bounded by `maxMs`), timing each call. */
export function timeCalls(fn: () => unknown, calls: number, maxMs: number): Sample {
  const sample = emptySample();
  const started = performance.now();
  const deadline = started + maxMs;
  for (let i = 0; i < calls && performance.now() < deadline; i++) {
    const t0 = performance.now();
    fn();
    sample.latencies.push(performance.now() - t0);
  }
  sample.wallMs = performance.now() - started;
  return sample;
}

/** timeCalls for a baseline that may answer with a promise (PostgreSQL's round trips); a plain value is not awaited. */
export async function timeCallsAsync(fn: () => unknown, calls: number, maxMs: number): Promise<Sample> {
  const sample = emptySample();
  const started = performance.now();
  const deadline = started + maxMs;
  for (let i = 0; i < calls && performance.now() < deadline; i++) {
    const t0 = performance.now();
    const result = fn();
    if (result instanceof Promise) await result;
    sample.latencies.push(performance.now() - t0);
  }
  sample.wallMs = performance.now() - started;
  return sample;
}
