// The embedded SPARQL engine: Oxigraph in a worker thread over a built
// folder, queries queued one at a time, each stopped at its timeout (the
// worker is terminated and a fresh one loads the folder again).
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type ErrorCode, NewsgraphError } from "../pipeline/errors.js";
import type { OutputFormat } from "./formats.js";
import type { QueryForm } from "./query-form.js";
import { checkReadOnly, type QueryDataset, type QueryOutput } from "./sparql.js";
import type { WorkerInit, WorkerJob, WorkerMessage } from "./worker.js";

export interface EngineOptions extends WorkerInit {
  /** Milliseconds a query may run before it is stopped. */
  readonly timeoutMs: number;
}

export interface TimedOutput extends QueryOutput {
  readonly ms: number;
}

interface Pending {
  readonly job: WorkerJob;
  readonly timeoutMs: number;
  readonly resolve: (out: TimedOutput) => void;
  readonly reject: (error: Error) => void;
}

/** The compiled worker beside this file, or the TypeScript source through tsx (unit tests run the sources). */
function newWorker(init: WorkerInit): Worker {
  const js = new URL("./worker.js", import.meta.url);
  if (fs.existsSync(fileURLToPath(js))) return new Worker(js, { workerData: init });
  const ts = new URL("./worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true, workerData: init });
}

export class SparqlEngine {
  private worker: Worker | null = null;
  private ready: Promise<number> | null = null;
  private readonly queue: Pending[] = [];
  private running: { pending: Pending; timer: NodeJS.Timeout; started: number } | null = null;
  private nextId = 1;
  private closed = false;

  private constructor(private readonly options: EngineOptions) {}

  /** Starts the worker and resolves once the folder is loaded. */
  static async start(options: EngineOptions): Promise<SparqlEngine> {
    const engine = new SparqlEngine(options);
    await engine.spawn();
    return engine;
  }

  get timeoutMs(): number {
    return this.options.timeoutMs;
  }

  private spawn(): Promise<number> {
    const init: WorkerInit = this.options.base === undefined ? { dir: this.options.dir } : { dir: this.options.dir, base: this.options.base };
    const worker = newWorker(init);
    this.worker = worker;
    this.ready = new Promise<number>((resolve, reject) => {
      worker.on("message", (msg: WorkerMessage) => {
        if (msg.type === "ready") resolve(msg.quads);
        else if (msg.type === "error" && msg.id === null) reject(new NewsgraphError(msg.code as ErrorCode, msg.message));
        else this.settle(msg);
      });
      worker.once("error", (error) => {
        reject(error);
        this.failRunning(error);
      });
      worker.once("exit", (code) => {
        if (this.worker === worker && !this.closed) this.failRunning(new Error(`the SPARQL worker stopped (exit code ${code})`));
      });
    });
    this.ready.then(
      () => this.pump(),
      () => undefined,
    );
    return this.ready;
  }

  /** Runs a read-only query; rejects with E_TIMEOUT when it runs too long. */
  query(query: string, format: OutputFormat, timeoutMs = this.options.timeoutMs, dataset: QueryDataset = {}): Promise<TimedOutput> {
    checkReadOnly(query);
    if (this.closed) return Promise.reject(new NewsgraphError("E_QUERY", "the SPARQL engine is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, query, format, dataset }, timeoutMs, resolve, reject });
      void this.ready?.then(
        () => this.pump(),
        () => undefined,
      );
    });
  }

  private pump(): void {
    if (this.running || !this.worker || this.closed) return;
    const pending = this.queue.shift();
    if (!pending) return;
    const timer = setTimeout(() => this.timeOut(), pending.timeoutMs);
    this.running = { pending, timer, started: performance.now() };
    this.worker.postMessage(pending.job);
  }

  private settle(msg: Extract<WorkerMessage, { type: "result" | "error" }>): void {
    const running = this.running;
    if (!running || running.pending.job.id !== msg.id) return;
    clearTimeout(running.timer);
    this.running = null;
    const ms = performance.now() - running.started;
    if (msg.type === "result") running.pending.resolve({ form: msg.form as QueryForm, format: msg.format, mediaType: msg.mediaType, body: msg.body, ms });
    else running.pending.reject(new NewsgraphError(msg.code as ErrorCode, msg.message));
    this.pump();
  }

  private timeOut(): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    const old = this.worker;
    this.worker = null;
    running.pending.reject(
      new NewsgraphError("E_TIMEOUT", `the query was stopped after ${running.pending.timeoutMs} ms (the timeout); simplify it or raise the timeout`),
    );
    void old?.terminate();
    if (!this.closed) void this.spawn().catch(() => undefined);
  }

  private failRunning(error: Error): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = null;
    running.pending.reject(error);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.running) clearTimeout(this.running.timer);
    for (const p of this.queue.splice(0)) p.reject(new NewsgraphError("E_QUERY", "the SPARQL engine was closed"));
    await this.worker?.terminate();
    this.worker = null;
  }
}
