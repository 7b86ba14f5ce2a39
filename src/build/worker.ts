// Worker thread entry of `newsgraph build`: loads the pipeline once (a warm-up
// extraction, so model loading never counts against an article's time limit),
// then extracts the units the pool sends, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import { extract } from "../extract.js";
import { processUnit, type UnitContext } from "./process-unit.js";
import type { ArticleUnit } from "./unit.js";

export type ToWorker = { readonly type: "job"; readonly unit: ArticleUnit };
export type FromWorker = { readonly type: "ready" } | { readonly type: "done"; readonly outcome: ReturnType<typeof processUnit> };

const port = parentPort;
if (port) {
  const ctx = workerData as UnitContext;
  extract('President Vladimir Putin said on Wednesday in Moscow: "We want talks."', { id: "warm-up" });
  port.on("message", (message: ToWorker) => {
    const reply: FromWorker = { type: "done", outcome: processUnit(message.unit, ctx) };
    port.postMessage(reply);
  });
  port.postMessage({ type: "ready" } satisfies FromWorker);
}
