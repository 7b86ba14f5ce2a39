// Progress for long runs: a bar (articles, rate, time left) on a terminal,
// plain lines every few seconds otherwise. Always on stderr.
import cliProgress from "cli-progress";
import type { BuildProgress } from "../build/build-folder.js";

export type Progress = BuildProgress;

const rate = (done: number, started: number): number => done / Math.max(0.001, (Date.now() - started) / 1000);

function barProgress(): Progress {
  let bar: cliProgress.SingleBar | null = null;
  let started = 0;
  return {
    start: (label, total) => {
      if (total === 0) return;
      bar = new cliProgress.SingleBar(
        {
          format: `${label.padEnd(17)} [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}`,
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
      started = Date.now();
      bar.start(total, 0, { rate: "0.0" });
    },
    update: (done) => bar?.update(done, { rate: rate(done, started).toFixed(1) }),
    stop: () => {
      bar?.stop();
      bar = null;
    },
  };
}

function lineProgress(everyMs: number): Progress {
  let label = "";
  let total = 0;
  let started = 0;
  let last = 0;
  const line = (done: number): void => {
    const r = rate(done, started);
    const eta = r > 0 ? Math.round((total - done) / r) : 0;
    process.stderr.write(`${label}: ${done}/${total} articles, ${r.toFixed(1)}/s, ${eta} s left\n`);
    last = Date.now();
  };
  return {
    start: (l, t) => {
      label = l;
      total = t;
      started = Date.now();
      last = started;
    },
    update: (done) => {
      if (total >= 20 && (Date.now() - last >= everyMs || done === total)) line(done);
    },
    stop: () => undefined,
  };
}

export function createProgress(quiet = false): Progress {
  if (quiet) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  return process.stderr.isTTY ? barProgress() : lineProgress(5000);
}
