// The SPARQL worker thread: loads a built folder into Oxigraph once, then
// answers queries one at a time. The main thread terminates it when a query
// runs past its timeout, since a running Oxigraph query cannot be interrupted.
import { parentPort, workerData } from "node:worker_threads";
import { isNewsgraphError } from "../pipeline/errors.js";
import { openBuildDataset } from "./build-dataset.js";
import type { OutputFormat } from "./formats.js";
import { type QueryDataset, runSparql } from "./sparql.js";
import { loadStore, type OxStore } from "./store.js";

export interface WorkerInit {
  readonly dir: string;
  readonly base?: string;
}

export interface WorkerJob {
  readonly id: number;
  readonly query: string;
  readonly format: OutputFormat;
  readonly dataset: QueryDataset;
}

export type WorkerMessage =
  | { readonly type: "ready"; readonly quads: number }
  | { readonly type: "result"; readonly id: number; readonly form: string; readonly format: OutputFormat; readonly mediaType: string; readonly body: string }
  | { readonly type: "error"; readonly id: number | null; readonly code: string; readonly message: string };

const port = parentPort;
if (port) {
  const fail = (id: number | null, error: unknown): void => {
    const code = isNewsgraphError(error) ? error.code : "E_INTERNAL";
    port.postMessage({ type: "error", id, code, message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
  };
  let store: OxStore | null = null;
  try {
    const init = workerData as WorkerInit;
    store = loadStore(openBuildDataset(init.dir, init.base));
    port.postMessage({ type: "ready", quads: store.size } satisfies WorkerMessage);
  } catch (error) {
    fail(null, error);
  }
  port.on("message", (job: WorkerJob) => {
    if (!store) return;
    try {
      const out = runSparql(store, job.query, job.format, job.dataset);
      port.postMessage({ type: "result", id: job.id, ...out } satisfies WorkerMessage);
    } catch (error) {
      fail(job.id, error);
    }
  });
}
