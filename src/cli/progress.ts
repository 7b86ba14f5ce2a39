// Progress for long runs: a bar (articles, rate, time left) on a terminal,
// plain lines every few seconds otherwise. Always on stderr.
import cliProgress from "cli-progress";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function createProgress(label: string, quiet = false): Progress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    let begun = false;
    return {
      update: (done, total) => {
        if (!begun) bar.start(total, 0, { rate: "0.0" });
        begun = true;
        bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
      },
      stop: () => begun && bar.stop(),
    };
  }
  let last = Date.now();
  return {
    update: (done, total) => {
      if (Date.now() - last >= 5000 || done === total) {
        if (total >= 20) process.stderr.write(`${label}: ${done}/${total} articles\n`);
        last = Date.now();
      }
    },
    stop: () => undefined,
  };
}
