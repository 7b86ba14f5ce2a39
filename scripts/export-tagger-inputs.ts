#!/usr/bin/env -S npx tsx
// Writes what the neural tagger learns from (scripts/tagger-inputs.ts) for
// PolNeAR train and dev, with the cue rates of the shipped attribution model,
// as at run time.
//   npm run export:tagger-inputs [-- --out DIR]   (default .cache/neural)
import fs from "node:fs";
import path from "node:path";
import { attributionModel } from "../src/stages/statements/tagger/load-model.js";
import { loadSplit } from "./polnear-split.js";
import { option } from "./scoring.js";
import { writeTaggerInputs } from "./tagger-inputs.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.resolve(option("out") ?? path.join(ROOT, ".cache/neural"));

const model = attributionModel();
if (!model) {
  console.error("export-tagger-inputs: no attribution model in data/models (run npm run train:attribution first)");
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });
for (const split of ["train", "dev"]) {
  const file = path.join(OUT, `${split}.jsonl`);
  console.log(`${file}: ${writeTaggerInputs(loadSplit(split), model.cueRates, file)} paragraphs`);
}
