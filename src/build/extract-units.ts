// Runs the extraction of a build's units: in worker threads (with a time
// limit per article) or, with jobs = 0, in this thread. Outcomes arrive in
// completion order; the build sorts before writing anything corpus-wide.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { runPool } from "./pool.js";
import { processUnit, type UnitContext, type UnitOutcome } from "./process-unit.js";
import type { ArticleUnit } from "./unit.js";

export interface ExtractUnitsOptions {
  readonly jobs: number;
  readonly timeLimitMs: number;
  readonly context: UnitContext;
  readonly workerUrl?: URL;
}

/** The compiled worker beside this module; from TypeScript sources (tests), the .ts one run through tsx. */
function defaultWorker(): { url: URL; execArgv: string[] } {
  const js = new URL("./worker.js", import.meta.url);
  if (fs.existsSync(fileURLToPath(js))) return { url: js, execArgv: [] };
  return { url: new URL("./worker.ts", import.meta.url), execArgv: ["--import", "tsx"] };
}

export async function extractUnits(units: readonly ArticleUnit[], options: ExtractUnitsOptions, onOutcome: (o: UnitOutcome) => void): Promise<void> {
  if (options.jobs <= 0) {
    for (const unit of units) onOutcome(processUnit(unit, options.context));
    return;
  }
  const worker = options.workerUrl ? { url: options.workerUrl, execArgv: [] } : defaultWorker();
  await runPool(
    units,
    { size: options.jobs, workerUrl: worker.url, execArgv: worker.execArgv, context: options.context, timeLimitMs: options.timeLimitMs },
    onOutcome,
  );
}
