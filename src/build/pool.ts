// A pool of extraction workers. Each article gets a time limit: a worker that
// passes it, crashes or runs out of memory is terminated and replaced, and the
// article is reported as failed; the rest of the corpus goes on.
import { Worker } from "node:worker_threads";
import type { UnitContext, UnitOutcome } from "./process-unit.js";
import type { ArticleUnit } from "./unit.js";
import type { FromWorker, ToWorker } from "./worker.js";

export interface PoolOptions {
  readonly size: number;
  readonly workerUrl: URL;
  readonly execArgv?: readonly string[];
  readonly context: UnitContext;
  /** Per-article limit in milliseconds, from the moment a worker takes the article. */
  readonly timeLimitMs: number;
  /** Heap limit of one worker, so a pathological article cannot take the process down. */
  readonly maxHeapMb?: number;
}

interface Slot {
  worker: Worker;
  unit: ArticleUnit | null;
  timer: NodeJS.Timeout | null;
  retired: boolean;
}

export function runPool(units: readonly ArticleUnit[], options: PoolOptions, onOutcome: (outcome: UnitOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let live = 0;
    let failed = false;
    const slots = new Set<Slot>();
    const done = (): void => {
      if (!failed && finished === units.length && live === 0) resolve();
    };
    const settle = (slot: Slot, outcome: UnitOutcome): void => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.unit = null;
      finished++;
      onOutcome(outcome);
    };
    const dispatch = (slot: Slot): void => {
      const unit = units[next];
      if (unit === undefined) {
        slot.retired = true;
        void slot.worker.terminate();
        return;
      }
      next++;
      slot.unit = unit;
      slot.timer = setTimeout(() => {
        const seconds = options.timeLimitMs / 1000;
        settle(slot, {
          id: unit.id,
          label: unit.label,
          ok: false,
          code: "E_TIMEOUT",
          message: `${unit.label}: extraction took longer than ${seconds} s and was stopped`,
          warnings: [],
        });
        replace(slot);
      }, options.timeLimitMs);
      slot.worker.postMessage({ type: "job", unit } satisfies ToWorker);
    };
    const replace = (slot: Slot): void => {
      slot.retired = true;
      void slot.worker.terminate();
      if (next < units.length) start();
    };
    const start = (): void => {
      live++;
      const worker = new Worker(options.workerUrl, {
        workerData: options.context,
        execArgv: [...(options.execArgv ?? [])],
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1536 },
      });
      const slot: Slot = { worker, unit: null, timer: null, retired: false };
      slots.add(slot);
      worker.on("message", (message: FromWorker) => {
        if (message.type === "done" && slot.unit) settle(slot, message.outcome);
        if (!slot.retired) dispatch(slot);
      });
      const died = (reason: string): void => {
        if (slot.retired) return;
        const unit = slot.unit;
        if (unit) {
          settle(slot, {
            id: unit.id,
            label: unit.label,
            ok: false,
            code: "E_CRASH",
            message: `${unit.label}: the extraction worker died (${reason})`,
            warnings: [],
          });
          replace(slot);
        } else if (!failed) {
          // A worker that dies before taking any work cannot load the pipeline: stop rather than loop.
          failed = true;
          for (const s of slots) {
            s.retired = true;
            if (s.timer) clearTimeout(s.timer);
            void s.worker.terminate();
          }
          reject(new Error(`the extraction worker cannot start: ${reason}`));
        }
      };
      worker.on("error", (error) => died(error.message));
      worker.on("exit", (code) => {
        live--;
        slots.delete(slot);
        if (code !== 0 || slot.unit) died(`exit code ${code}`);
        done();
      });
    };
    if (units.length === 0) return resolve();
    for (let i = 0; i < Math.min(options.size, units.length); i++) start();
  });
}
