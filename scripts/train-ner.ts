#!/usr/bin/env -S npx tsx
// Trains the entity tagger on CoNLL-2003 eng.train and writes the shipped
// model, data/models/ner.bin: four averaged perceptrons (consecutive seeds, 20
// epochs each) averaged into one. Deterministic: same data, same bytes.
//   npm run train:ner [-- --epochs N] [--runs N] [--seed N] [--out FILE] [--dev [--every-epoch]]
//   (--dev scores eng.testa after each run, or each epoch)
import fs from "node:fs";
import path from "node:path";
import { readPlainText } from "../src/stages/read/plain-text.js";
import { segmentStage } from "../src/stages/segment/segment.js";
import { readConll, projectEntities, type ConllDoc } from "../src/stages/mentions/ner/conll.js";
import { certainlyOutside, tokenCodes } from "../src/stages/mentions/ner/codes.js";
import { taggerInput } from "../src/stages/mentions/ner/input.js";
import { decodeDocument } from "../src/stages/mentions/ner/decode.js";
import { CompactModel, encodeModel } from "../src/stages/mentions/ner/model.js";
import { averageModels } from "../src/stages/mentions/ner/ensemble.js";
import { seededRandom, type TrainingDoc, TrainingWeights, trainEpoch } from "../src/stages/mentions/ner/perceptron.js";
import { NER_TYPES, rangesOf } from "../src/stages/mentions/ner/tags.js";
import type { Weights } from "../src/stages/mentions/ner/weights.js";

const SHARED = path.resolve(import.meta.dirname, "../../shared/data/conll2003");
const args = process.argv.slice(2);
const OUT = path.resolve(args.includes("--out") ? (args[args.indexOf("--out") + 1] ?? "") : path.join(import.meta.dirname, "../data/models/ner.bin"));
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const EPOCHS = option("--epochs", 20);
const THRESHOLD = option("--threshold", 0.05);
const SEED = option("--seed", 20240601);
/** Perceptrons trained from consecutive seeds and averaged into the shipped model. */
const RUNS = option("--runs", 4);

interface Prepared extends TrainingDoc {
  readonly conll: ConllDoc;
  readonly tokens: readonly { start: number; end: number }[];
}

function prepare(file: string): { docs: Prepared[]; misaligned: number } {
  let misaligned = 0;
  const docs = readConll(fs.readFileSync(file, "utf8")).map((conll) => {
    const doc = segmentStage.run(readPlainText(conll.text, { id: "conll" }));
    const tokens = doc.tokens ?? [];
    const input = taggerInput(doc);
    const codes = tokenCodes(input);
    const projection = projectEntities(conll.entities, tokens, (i) => certainlyOutside(codes, i));
    misaligned += projection.misaligned;
    return { conll, tokens, input, gold: projection.tags };
  });
  return { docs, misaligned };
}

function score(docs: readonly Prepared[], weights: Weights): string {
  const counts = NER_TYPES.map(() => ({ tp: 0, pred: 0, gold: 0 }));
  for (const d of docs) {
    const tags = decodeDocument(d.input, weights);
    const gold = new Set(d.conll.entities.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of d.conll.entities) (counts[NER_TYPES.indexOf(e.type)] ?? { gold: 0 }).gold++;
    for (const r of rangesOf(tags)) {
      const c = counts[NER_TYPES.indexOf(r.type)];
      if (!c) continue;
      c.pred++;
      if (gold.has(`${d.tokens[r.first]?.start}:${d.tokens[r.next - 1]?.end}:${r.type}`)) c.tp++;
    }
  }
  const f1 = (c: { tp: number; pred: number; gold: number }): number => (2 * c.tp) / Math.max(1, c.pred + c.gold);
  const sum = (cs: typeof counts) => cs.reduce((a, c) => ({ tp: a.tp + c.tp, pred: a.pred + c.pred, gold: a.gold + c.gold }), { tp: 0, pred: 0, gold: 0 });
  const per = NER_TYPES.map((t, k) => `${t} ${f1(counts[k] ?? { tp: 0, pred: 0, gold: 0 }).toFixed(4)}`).join(" ");
  return `overall ${f1(sum(counts)).toFixed(4)} | PER/ORG/LOC ${f1(sum(counts.slice(0, 3))).toFixed(4)} | ${per}`;
}

const t0 = performance.now();
const train = prepare(path.join(SHARED, "eng.train"));
const dev = args.includes("--dev") ? prepare(path.join(SHARED, "eng.testa")).docs : [];
console.log(
  `prepared ${train.docs.length} training documents (${train.misaligned} gold entities cut by tokenisation) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

/** Trains one perceptron from a seed; logs each epoch (with dev scores when asked). */
function trainRun(seed: number, run: number): TrainingWeights {
  const weights = new TrainingWeights();
  const random = seededRandom(seed);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const t = performance.now();
    trainEpoch(train.docs, weights, random);
    let line = `run ${run} epoch ${epoch}: ${weights.featureCount} features, ${((performance.now() - t) / 1000).toFixed(1)} s`;
    if (dev.length > 0 && (epoch === EPOCHS || args.includes("--every-epoch"))) {
      const avg = weights.averaged(THRESHOLD);
      line += ` | dev ${score(dev, new CompactModel(encodeModel(avg.rows, avg.transitions)))}`;
    }
    console.log(line);
  }
  return weights;
}

const runs = Array.from({ length: RUNS }, (_, k) => trainRun(SEED + k, k + 1));
if (dev.length > 0 && args.includes("--prune-sweep")) {
  for (const threshold of [0.1, 0.3, 1, 2, 4]) {
    const swept = averageModels(
      runs.map((w) => w.averaged(0)),
      threshold,
    );
    console.log(`threshold ${threshold}: ${swept.rows.length} features | dev ${score(dev, new CompactModel(encodeModel(swept.rows, swept.transitions)))}`);
  }
}
const avg = averageModels(
  runs.map((w) => w.averaged(0)),
  THRESHOLD,
);
const bytes = encodeModel(avg.rows, avg.transitions);
if (dev.length > 0) console.log(`averaged over ${RUNS} runs: dev ${score(dev, new CompactModel(bytes))}`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, bytes);
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${avg.rows.length} features, ${(bytes.length / 1e6).toFixed(1)} MB`);
