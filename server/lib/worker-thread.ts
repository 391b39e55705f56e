import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { parentPort, Worker } from "node:worker_threads";
import { AppError } from "./errors.ts";

/**
 * A TypeScript module in a worker thread that takes jobs one at a time, so CPU-heavy work (reading a
 * large spreadsheet) leaves the event loop to answer other requests. The module is loaded through
 * tsx's own loader, the same way whether the server runs under `tsx server/main.ts` or the tests under
 * vitest. The thread starts with the first job (loading the module costs a second or two), is
 * reused by jobs that follow within `idleMs` and ends after that without work, giving its memory
 * back (a large import leaves hundreds of megabytes of heap); it never keeps the process alive.
 * A job may also stream text back (an export): each chunk waits until the caller has taken it, so a
 * slow client holds the worker, not the server's memory.
 */

// require.resolve finds the CommonJS build (index.cjs); its ES module twin (the package's "import" export) sits beside it.
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;

interface SentError {
  status: number;
  code: string;
  title: string;
  detail?: string;
  fieldErrors: AppError["fieldErrors"];
  members: Record<string, unknown>;
  headers: Record<string, string>;
}

type Answer<T> =
  | { kind: "done"; value: T }
  | { kind: "failed"; error: SentError | null; message: string }
  | { kind: "chunk"; text: string };
type ToWorker<Job> = { kind: "job"; job: Job } | { kind: "ack"; stop: boolean };
/** Inside the worker: hands a chunk of text to the caller and resolves once it is taken. */
export type SendChunk = (text: string) => Promise<void>;

export class WorkerThread<Job, Result> {
  private worker: Worker | null = null;
  private current: {
    resolve: (value: Result) => void;
    reject: (error: unknown) => void;
    onChunk?: (text: string) => Promise<void>;
  } | null = null;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    private readonly moduleUrl: URL,
    private readonly options: { idleMs: number; resourceLimits?: { maxOldGenerationSizeMb: number } },
  ) {}

  /**
   * One job at a time: the caller queues (see BoundedQueue). `transfer` moves buffers to the worker
   * instead of copying them; `onChunk` takes the text a streaming job sends (a rejection stops the job).
   */
  run(job: Job, options: { transfer?: ArrayBuffer[]; onChunk?: (text: string) => Promise<void> } = {}): Promise<Result> {
    if (this.current) return Promise.reject(new Error("WorkerThread runs one job at a time"));
    clearTimeout(this.idle);
    const worker = this.worker ?? this.start();
    return new Promise<Result>((resolve, reject) => {
      this.current = { resolve, reject, onChunk: options.onChunk };
      worker.ref();
      worker.postMessage({ kind: "job", job } satisfies ToWorker<Job>, options.transfer ?? []);
    });
  }

  private start(): Worker {
    const boot = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(this.moduleUrl.href)}, ${JSON.stringify(this.moduleUrl.href)}))`;
    const worker = new Worker(boot, { eval: true, resourceLimits: this.options.resourceLimits });
    worker.on("message", (answer: Answer<Result>) => {
      if (answer.kind === "chunk") {
        const taken = this.current?.onChunk?.(answer.text) ?? Promise.reject(new Error("nobody takes chunks"));
        void taken.then(() => false, () => true).then((stop) => worker.postMessage({ kind: "ack", stop } satisfies ToWorker<Job>));
      } else if (answer.kind === "done") this.finish((c) => c.resolve(answer.value));
      else this.finish((c) => c.reject(answer.error ? revive(answer.error) : new Error(`Worker job failed: ${answer.message}`)));
    });
    const lost = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.finish((c) => c.reject(error));
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`Worker exited with code ${code} before answering`)));
    this.worker = worker;
    return worker;
  }

  private finish(settle: (current: NonNullable<WorkerThread<Job, Result>["current"]>) => void): void {
    const current = this.current;
    this.current = null;
    if (current) settle(current);
    const worker = this.worker;
    if (!worker) return;
    worker.unref();
    this.idle = setTimeout(() => void this.stop(), this.options.idleMs).unref();
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/** Inside the worker: answers each job posted to it with `handle`, problems as problems. */
export function serveJobs<Job, Result>(handle: (job: Job, send: SendChunk) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error("serveJobs runs in a worker thread");
  let taken: ((stop: boolean) => void) | null = null;
  const send: SendChunk = (text) => new Promise<void>((resolve, reject) => {
    taken = (stop) => (stop ? reject(new Error("the caller stopped taking chunks")) : resolve());
    port.postMessage({ kind: "chunk", text } satisfies Answer<Result>);
  });
  port.on("message", (message: ToWorker<Job>) => {
    if (message.kind === "ack") {
      const done = taken;
      taken = null;
      done?.(message.stop);
      return;
    }
    handle(message.job, send).then(
      (value) => port.postMessage({ kind: "done", value } satisfies Answer<Result>),
      (error: unknown) => port.postMessage(sendable(error)),
    );
  });
}

function sendable(error: unknown): Answer<never> {
  if (error instanceof AppError) {
    const { status, code, title, detail, fieldErrors, members, headers } = error;
    return { kind: "failed", error: { status, code, title, detail, fieldErrors, members: { ...members }, headers: { ...headers } }, message: error.message };
  }
  return { kind: "failed", error: null, message: error instanceof Error ? error.stack ?? error.message : String(error) };
}

function revive(e: SentError): AppError {
  return new AppError(e.status, e.code, e.title, e.detail, e.fieldErrors, e.members, e.headers);
}
