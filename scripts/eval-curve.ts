#!/usr/bin/env -S npx tsx
// How attribution on PolNeAR dev grows with training data: trains the model on
// every 4th, every 2nd and every article of PolNeAR train, and scores dev with
// each. A curve that flattens says more of the same data (and the features it
// is read with) will not close a gap; a new kind of model has to.
//   npm run eval:curve [-- --seed S]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { useAttributionModel } from "../src/stages/statements/tagger/load-model.js";
import { deserialiseModel, serialiseModel } from "../src/stages/statements/tagger/model-file.js";
import { trainAttributionModel } from "../src/stages/statements/tagger/training.js";
import { loadSplit, POLNEAR } from "./polnear-split.js";
import { extractFolder, option, score } from "./scoring.js";

const seed = Number(option("seed") ?? 7);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-curve-"));
const train = loadSplit("train");
const dev = path.join(POLNEAR, "dev");
const rows: string[] = [];
for (const every of [4, 2, 1]) {
  const seen = train.filter((_e, d) => d % every === 0);
  // trained as the shipped model is, and read through its int8 file format
  useAttributionModel(deserialiseModel(serialiseModel(trainAttributionModel(seen, { epochs: 12, bits: 16, folds: 4, seed }))));
  const pred = path.join(work, `every-${every}`);
  extractFolder(path.join(dev, "text"), pred);
  const summary = score("score-attribution.mjs", ["--gold", dev, "--pred", pred], true)
    .split("\n")
    .find((l) => l.startsWith("attribution F1"));
  rows.push(`${String(seen.length).padStart(4)} train articles | ${summary ?? "no summary line"}`);
  console.log(rows[rows.length - 1]);
}
console.log(`\nPolNeAR dev, seed ${seed}:\n${rows.join("\n")}`);
fs.rmSync(work, { recursive: true, force: true });
