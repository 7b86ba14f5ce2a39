#!/usr/bin/env -S npx tsx
// Rebuilds the neural attribution tagger and what goes with it, in order:
//   1. exports the tagger's inputs for PolNeAR train and dev (.cache/neural);
//   2. trains the shipped tagger on all of train (data/models/tagger.bin.gz and
//      the fixture tests/fixtures/neural-tagger.json the TypeScript forward pass
//      is tested against);
//   3. trains one tagger per fold of train, each without a quarter of the articles;
//   4. retrains data/models/attribution.bin.gz with a filter and a bounds ranker
//      learned from those fold taggers' drafts of the articles they did not see.
// Needs PyTorch (Debian: apt-get install python3-torch libopenblas0-pthread)
// and, once, the npm registry (the pretrained word vectors, see
// neural-training.ts); about 50 minutes on 2 cores. Deterministic: the same data give the same bytes.
//   npm run train:neural [-- --skip-final]   (--skip-final: reuse the shipped tagger, redo 3–4)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PYTHON, pretrainedEmbeddings, requireTorch, TRAINER } from "./neural-training.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const CACHE = path.join(ROOT, ".cache/neural");
const FOLDS = 4;

function run(command: string, args: readonly string[], env: Record<string, string> = {}): void {
  console.log(`$ ${[...Object.entries(env).map(([k, v]) => `${k}=${v}`), command, ...args].join(" ")}`);
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
}

function main(): void {
  requireTorch("train:neural");
  const embeddings = pretrainedEmbeddings();
  run("npx", ["tsx", "scripts/export-tagger-inputs.ts", "--out", CACHE]);
  if (!process.argv.includes("--skip-final"))
    run(PYTHON, [TRAINER, CACHE, embeddings, path.join(ROOT, "data/models/tagger.bin.gz"), path.join(ROOT, "tests/fixtures/neural-tagger.json")]);
  fs.mkdirSync(path.join(CACHE, "folds"), { recursive: true });
  for (let k = 0; k < FOLDS; k++)
    run(PYTHON, [TRAINER, CACHE, embeddings, path.join(CACHE, "folds", `fold-${k}.bin.gz`), path.join(CACHE, "folds", `fold-${k}.fixture.json`)], {
      FOLD: `${k}/${FOLDS}`,
    });
  run("npx", ["tsx", "scripts/train-attribution.ts", "--folds", String(FOLDS), "--neural-folds", path.join(CACHE, "folds")]);
}

main();
