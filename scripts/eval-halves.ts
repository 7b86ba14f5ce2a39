#!/usr/bin/env -S npx tsx
// A second held-out check of attribution beside PolNeAR dev: trains the model on
// the even-numbered train articles, extracts the odd-numbered ones and scores
// them with the shared scorer. Rules tuned while reading dev errors should help
// here too; a change that helps dev only is probably fitted to dev.
// With --neural, the neural tagger is trained on the same half too (PyTorch,
// scripts/train-neural-tagger.py, about 6 minutes), so the whole shipped
// system is checked; without it, the perceptron's pass two tags.
//   npm run eval:halves [-- --seed S --keep DIR --neural]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { useAttributionModel } from "../src/stages/statements/tagger/load-model.js";
import { deserialiseModel, serialiseModel } from "../src/stages/statements/tagger/model-file.js";
import { trainAttributionModel } from "../src/stages/statements/tagger/training.js";
import { parseNeuralModel } from "../src/stages/statements/tagger/neural-model.js";
import { PYTHON, pretrainedEmbeddings, requireTorch, TRAINER } from "./neural-training.js";
import { loadSplit, POLNEAR } from "./polnear-split.js";
import { extractFolder, option, score } from "./scoring.js";
import { writeTaggerInputs } from "./tagger-inputs.js";

const keep = option("keep");
const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-halves-"));
const train = loadSplit("train");
const seen = train.filter((_e, d) => d % 2 === 0);
const held = train.filter((_e, d) => d % 2 === 1);
const t0 = performance.now();
// the shipped model goes through its int8 file format; so does this one
const model = deserialiseModel(serialiseModel(trainAttributionModel(seen, { epochs: 12, bits: 16, folds: 4, seed: Number(option("seed") ?? 7) })));
if (process.argv.includes("--neural")) {
  requireTorch("eval:halves");
  const dir = path.join(work, "neural");
  fs.mkdirSync(dir, { recursive: true });
  writeTaggerInputs(seen, model.cueRates, path.join(dir, "train.jsonl"));
  writeTaggerInputs(held, model.cueRates, path.join(dir, "dev.jsonl"));
  const file = path.join(dir, "tagger.bin.gz");
  execFileSync(PYTHON, [TRAINER, dir, pretrainedEmbeddings(), file, path.join(dir, "fixture.json")], { stdio: "inherit" });
  useAttributionModel({ ...model, neural: parseNeuralModel(new Uint8Array(zlib.gunzipSync(fs.readFileSync(file)))) });
} else useAttributionModel(model);
console.log(`trained on ${seen.length} train articles in ${((performance.now() - t0) / 1000).toFixed(1)} s; scoring the other ${held.length}`);
// the held-out half as a gold folder the scorer reads (links to the split's own files)
const gold = path.join(work, "gold");
const pred = path.join(work, "pred");
for (const dir of [path.join(gold, "text"), path.join(gold, "attributions")]) fs.mkdirSync(dir, { recursive: true });
const source = path.join(POLNEAR, "train");
for (const e of held)
  for (const [from, to] of [
    [path.join(source, "text", `${e.id}.txt`), path.join(gold, "text", `${e.id}.txt`)],
    [path.join(source, "attributions", e.ann), path.join(gold, "attributions", e.ann)],
  ] as const)
    if (!fs.existsSync(to)) fs.symlinkSync(from, to);
extractFolder(path.join(gold, "text"), pred);
score("score-attribution.mjs", ["--gold", gold, "--pred", pred]);
if (!keep) fs.rmSync(work, { recursive: true, force: true });
