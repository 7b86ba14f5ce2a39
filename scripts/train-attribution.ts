#!/usr/bin/env -S npx tsx
// Trains the attribution tagger on PolNeAR train and writes
// data/models/attribution.bin.gz. Deterministic: same data, same bytes.
//   npm run train:attribution [-- --epochs N --bits B --folds K --out FILE]
import fs from "node:fs";
import path from "node:path";
import type { ArticleDoc } from "../src/model/doc.js";
import { DEFAULT_STAGES } from "../src/pipeline/default-stages.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { readPlainText } from "../src/stages/read/plain-text.js";
import { findParagraphs } from "../src/stages/segment/segment.js";
import { findQuotations } from "../src/stages/statements/quotes.js";
import { parseBrat } from "../src/stages/statements/tagger/brat.js";
import { type TokenContext, tokenContext } from "../src/stages/statements/tagger/context.js";
import { cueNeighbours, firstPass } from "../src/stages/statements/tagger/features.js";
import { cueRates, goldTags } from "../src/stages/statements/tagger/gold-tags.js";
import { type AttributionModel, serialiseModel } from "../src/stages/statements/tagger/model.js";
import type { Weights } from "../src/stages/statements/tagger/perceptron.js";
import { featureRows, strideOf } from "../src/stages/statements/tagger/rows.js";
import { tagPass } from "../src/stages/statements/tagger/tag-document.js";
import { roleIndex } from "../src/stages/statements/tagger/tags.js";
import { type TrainingSequence, trainPerceptron } from "../src/stages/statements/tagger/train.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const POLNEAR = path.resolve(ROOT, "../shared/data/polnear");
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const arg = (name: string, fallback: number): number => Number(option(name) ?? fallback);
const OUT = path.resolve(option("out") ?? path.join(ROOT, "data/models/attribution.bin.gz"));
const EPOCHS = arg("epochs", 8);
const BITS = arg("bits", 18);
const FOLDS = arg("folds", 4);

interface Example {
  readonly id: string;
  readonly doc: ArticleDoc;
  readonly quotes: { start: number; end: number }[];
  readonly gold: Uint8Array;
}

const UNTIL = DEFAULT_STAGES.findIndex((s) => s.name === "entities");

function loadSplit(split: string): Example[] {
  const dir = path.join(POLNEAR, split);
  const anns = fs.readdirSync(path.join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const out: Example[] = [];
  for (const file of fs.readdirSync(path.join(dir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
    const id = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${id}_`) && !a.slice(id.length + 1, -4).includes("_"));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(dir, "text", file), "utf8");
    const doc = runPipeline(readPlainText(text, { id }), DEFAULT_STAGES.slice(0, UNTIL + 1));
    const quotes = findQuotations(doc.text, findParagraphs(doc.text)).map((q) => q.outer);
    const gold = goldTags(doc.tokens ?? [], parseBrat(fs.readFileSync(path.join(dir, "attributions", ann), "utf8"), text));
    out.push({ id, doc, quotes, gold });
  }
  return out;
}

function sequences(contexts: readonly TokenContext[], golds: readonly Uint8Array[], first: readonly (Uint8Array | null)[], stride: number): TrainingSequence[] {
  const seqs: TrainingSequence[] = [];
  contexts.forEach((c, d) => {
    const near = cueNeighbours(c);
    const tags = first[d];
    const summary = tags ? firstPass(c, tags) : null;
    for (const s of c.sequences) {
      seqs.push({ feats: featureRows(c, near, s, summary, BITS, stride), gold: (golds[d] ?? new Uint8Array()).slice(s.from, s.to) });
    }
  });
  return seqs;
}

/** Token-level precision, recall and F1 per role. */
function report(label: string, golds: readonly Uint8Array[], preds: readonly Uint8Array[]): void {
  const line: string[] = [];
  for (const [r, name] of [[1, "source"], [2, "cue"], [3, "content"]] as const) {
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
  const rates = cueRates(train.map((e) => ({ words: (e.doc.tokens ?? []).map((t) => e.doc.text.slice(t.start, t.end).toLowerCase()), tags: e.gold })));
  const ctx = train.map((e) => tokenContext(e.doc, rates, e.quotes));
  const devCtx = dev.map((e) => tokenContext(e.doc, rates, e.quotes));
  const golds = train.map((e) => e.gold);
  const stride1 = strideOf(ctx[0] as TokenContext, cueNeighbours(ctx[0] as TokenContext), false);
  const stride2 = strideOf(ctx[0] as TokenContext, cueNeighbours(ctx[0] as TokenContext), true);
  const none = ctx.map(() => null);

  // Pass two learns from pass-one tags it has not been trained on (k-fold jackknife).
  const jack: Uint8Array[] = ctx.map((c) => new Uint8Array(c.n));
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (d: number): boolean => d % FOLDS === k;
    const w = trainPerceptron(sequences(ctx.filter((_c, d) => !inFold(d)), golds.filter((_g, d) => !inFold(d)), none, stride1), BITS, stride1, EPOCHS);
    ctx.forEach((c, d) => {
      if (inFold(d)) jack[d] = tagPass(c, w, null);
    });
    lap(`pass one, fold ${k + 1}/${FOLDS}`);
  }
  report("train (jackknifed pass one)", golds, jack);
  const pass1: Weights = trainPerceptron(sequences(ctx, golds, none, stride1), BITS, stride1, EPOCHS);
  lap("pass one");
  const pass2: Weights = trainPerceptron(sequences(ctx, golds, jack, stride2), BITS, stride2, EPOCHS);
  lap("pass two");
  const model: AttributionModel = { cueRates: rates, pass1, pass2 };
  const devFirst = devCtx.map((c) => tagPass(c, pass1, null));
  report("dev pass one", dev.map((e) => e.gold), devFirst);
  report("dev pass two", dev.map((e) => e.gold), devCtx.map((c, d) => tagPass(c, pass2, devFirst[d] ?? null)));
  const bytes = serialiseModel(model);
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, bytes);
  lap(`wrote ${path.relative(ROOT, OUT)} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

main();
