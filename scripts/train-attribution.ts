#!/usr/bin/env -S npx tsx
// Trains the attribution tagger on PolNeAR train and writes
// data/models/attribution.bin.gz. Deterministic: same data, same bytes.
//   npm run train:attribution [-- --epochs N --bits B --folds K --seed S --out FILE --neural-folds DIR]
// (--neural-folds: DIR/fold-0.bin.gz … fold-K-1.bin.gz, the neural tagger's fold models from
// npm run train:neural; with them the model also holds a filter and a ranker for that tagger.)
// (--seed: the tagger's shuffle seed, 7 for the shipped model; other seeds show how much
// the dev figures move with the training order alone.)
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { tokenContext } from "../src/stages/statements/tagger/context.js";
import { serialiseModel } from "../src/stages/statements/tagger/model-file.js";
import { parseNeuralModel } from "../src/stages/statements/tagger/neural-model.js";
import { tagPass } from "../src/stages/statements/tagger/tag-document.js";
import { roleIndex } from "../src/stages/statements/tagger/tags.js";
import { trainAttributionModel } from "../src/stages/statements/tagger/training.js";
import { loadSplit } from "./polnear-split.js";
import { option } from "./scoring.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: number): number => Number(option(name) ?? fallback);
const OUT = path.resolve(option("out") ?? path.join(ROOT, "data/models/attribution.bin.gz"));
const EPOCHS = arg("epochs", 12);
const BITS = arg("bits", 16);
const FOLDS = arg("folds", 4);
const SEED = arg("seed", 7);

/** Token-level precision, recall and F1 per role. */
function report(label: string, golds: readonly Uint8Array[], preds: readonly Uint8Array[]): void {
  const line: string[] = [];
  for (const [r, name] of [
    [1, "source"],
    [2, "cue"],
    [3, "content"],
  ] as const) {
    let tp = 0;
    let p = 0;
    let g = 0;
    golds.forEach((gold, d) => {
      const pred = preds[d] ?? new Uint8Array();
      for (let i = 0; i < gold.length; i++) {
        const a = roleIndex(gold[i] ?? 0) === r;
        const b = roleIndex(pred[i] ?? 0) === r;
        if (a) g++;
        if (b) p++;
        if (a && b) tp++;
      }
    });
    const f = (2 * tp) / (p + g || 1);
    line.push(`${name} F1 ${f.toFixed(3)} (P ${(tp / (p || 1)).toFixed(3)} R ${(tp / (g || 1)).toFixed(3)})`);
  }
  console.log(`${label}: ${line.join(" | ")}`);
}

function main(): void {
  let t0 = performance.now();
  const lap = (what: string): void => {
    console.log(`${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
  };
  const train = loadSplit("train");
  const dev = loadSplit("dev");
  lap(`read ${train.length} train and ${dev.length} dev articles`);
  const foldDir = option("neural-folds");
  const neuralFolds = foldDir
    ? Array.from({ length: FOLDS }, (_x, k) => parseNeuralModel(new Uint8Array(gunzipSync(fs.readFileSync(path.join(foldDir, `fold-${k}.bin.gz`))))))
    : undefined;
  const model = trainAttributionModel(train, { epochs: EPOCHS, bits: BITS, folds: FOLDS, seed: SEED, ...(neuralFolds ? { neuralFolds } : {}) }, lap);
  const devCtx = dev.map((e) => tokenContext(e.doc, model.cueRates, e.quotes));
  const devFirst = devCtx.map((c) => tagPass(c, model.pass1, null));
  report(
    "dev pass one",
    dev.map((e) => e.gold),
    devFirst,
  );
  report(
    "dev pass two",
    dev.map((e) => e.gold),
    devCtx.map((c, d) => tagPass(c, model.pass2, devFirst[d] ?? null)),
  );
  const bytes = serialiseModel(model);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, bytes);
  lap(`wrote ${path.relative(ROOT, OUT)} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

main();
