// Trains both passes of the attribution tagger from documents with gold tags:
// cue rates, pass one, jackknifed pass-one tags for training pass two (k folds),
// then pass two; then the statement filter on the drafts each fold's held-out
// model assembles. Deterministic: the same examples give the same weights.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { type TokenContext, tokenContext } from "./context.js";
import { DEFAULT_FILTER_TRAINING, type FilterExample, type FilterTraining, trainFilter } from "../filter/classifier.js";
import { type AnnotatedDoc, filterExamples } from "../filter/examples.js";
import { rankingExamples } from "../bounds/examples.js";
import { type RankingExample, trainRanker } from "../bounds/ranker.js";
import { cueNeighbours, firstPass } from "./features.js";
import { cueRates } from "./gold-tags.js";
import type { AttributionModel, Heads } from "./model.js";
import type { NeuralModel } from "./neural-model.js";
import type { Weights } from "./perceptron.js";
import { featureRows, strideOf } from "./rows.js";
import { tagPass } from "./tag-document.js";
import { type TrainingSequence, trainPerceptron } from "./train.js";

export interface TrainingExample {
  readonly doc: ArticleDoc;
  /** Quotations (with their marks) found in the text. */
  readonly quotes: readonly Span[];
  readonly gold: Uint8Array;
  /** Gold contents (fragments per attribution) and Discard spans, for training the statement filter. */
  readonly contents?: readonly (readonly Span[])[];
  readonly discard?: readonly Span[];
}

export interface TrainingOptions {
  readonly epochs: number;
  readonly bits: number;
  readonly folds: number;
  /** Seed of the tagger's shuffles (default 7). */
  readonly seed?: number;
  /** How to train the statement filter; null: no filter. */
  readonly filter?: FilterTraining | null;
  /**
   * The neural tagger's k-fold models (fold k trained without the documents d
   * with d % folds = k): with them, a second filter and ranker are trained on
   * the neural tagger's held-out drafts (the model's `neuralHeads`).
   */
  readonly neuralFolds?: readonly NeuralModel[];
}

function sequences(
  contexts: readonly TokenContext[],
  golds: readonly Uint8Array[],
  first: readonly (Uint8Array | null)[],
  bits: number,
  stride: number,
): TrainingSequence[] {
  const seqs: TrainingSequence[] = [];
  contexts.forEach((c, d) => {
    const near = cueNeighbours(c);
    const tags = first[d];
    const summary = tags ? firstPass(c, tags) : null;
    for (const s of c.sequences) seqs.push({ feats: featureRows(c, near, s, summary, bits, stride), gold: (golds[d] ?? new Uint8Array()).slice(s.from, s.to) });
  });
  return seqs;
}

export function trainAttributionModel(examples: readonly TrainingExample[], o: TrainingOptions, log: (line: string) => void = () => {}): AttributionModel {
  const rates = cueRates(examples.map((e) => ({ words: (e.doc.tokens ?? []).map((t) => e.doc.text.slice(t.start, t.end).toLowerCase()), tags: e.gold })));
  const ctx = examples.map((e) => tokenContext(e.doc, rates, e.quotes));
  const golds = examples.map((e) => e.gold);
  const probe = ctx.find((c) => c.n > 0);
  if (!probe) throw new Error("attribution training: no tokens");
  const stride1 = strideOf(probe, cueNeighbours(probe), false);
  const stride2 = strideOf(probe, cueNeighbours(probe), true);
  const none = ctx.map(() => null);
  // Pass two learns from pass-one tags it has not been trained on (k-fold jackknife).
  const jack: Uint8Array[] = ctx.map((c) => new Uint8Array(c.n));
  const foldPass1: Weights[] = [];
  for (let k = 0; k < o.folds; k++) {
    const inFold = (d: number): boolean => d % o.folds === k;
    const w = trainPerceptron(
      sequences(
        ctx.filter((_c, d) => !inFold(d)),
        golds.filter((_g, d) => !inFold(d)),
        none,
        o.bits,
        stride1,
      ),
      o.bits,
      stride1,
      o.epochs,
      o.seed,
    );
    foldPass1.push(w);
    ctx.forEach((c, d) => {
      if (inFold(d)) jack[d] = tagPass(c, w, null);
    });
    log(`pass one, fold ${k + 1}/${o.folds}`);
  }
  const pass1 = trainPerceptron(sequences(ctx, golds, none, o.bits, stride1), o.bits, stride1, o.epochs, o.seed);
  log("pass one");
  const pass2 = trainPerceptron(sequences(ctx, golds, jack, o.bits, stride2), o.bits, stride2, o.epochs, o.seed);
  log("pass two");
  const f = o.filter === undefined ? DEFAULT_FILTER_TRAINING : o.filter;
  if (!f || examples.some((e) => !e.contents || !e.discard)) return { cueRates: rates, pass1, pass2, filter: null, bounds: null };
  // The bounds ranker and the filter learn from drafts of documents the tagger was not trained on:
  // per fold, pass two trained on the other folds' jackknifed tags, over that fold's pass one.
  const held = (k: number): AnnotatedDoc[] =>
    examples.filter((_e, d) => d % o.folds === k).map((e) => ({ doc: e.doc, contents: e.contents ?? [], discard: e.discard ?? [] }));
  const foldModels: AttributionModel[] = [];
  for (let k = 0; k < o.folds; k++) {
    const inFold = (d: number): boolean => d % o.folds === k;
    const w2 = trainPerceptron(
      sequences(
        ctx.filter((_c, d) => !inFold(d)),
        golds.filter((_g, d) => !inFold(d)),
        jack.filter((_t, d) => !inFold(d)),
        o.bits,
        stride2,
      ),
      o.bits,
      stride2,
      o.epochs,
      o.seed,
    );
    foldModels.push({ cueRates: rates, pass1: foldPass1[k] ?? pass1, pass2: w2, filter: null, bounds: null });
    log(`pass two, fold ${k + 1}/${o.folds}`);
  }
  const heads = trainHeads(foldModels, held, f, log);
  const neural = o.neuralFolds;
  if (!neural) return { cueRates: rates, pass1, pass2, ...heads };
  if (neural.length !== o.folds) throw new Error(`attribution training: ${neural.length} neural fold models for ${o.folds} folds`);
  log("the neural tagger's filter and ranker:");
  const neuralHeads = trainHeads(
    foldModels.map((m, k) => ({ ...m, neural: neural[k] ?? null })),
    held,
    f,
    log,
  );
  return { cueRates: rates, pass1, pass2, ...heads, neuralHeads };
}

/** The bounds ranker, then the filter, from the drafts each fold model makes of the documents it was not trained on. */
function trainHeads(foldModels: readonly AttributionModel[], held: (k: number) => AnnotatedDoc[], f: FilterTraining, log: (line: string) => void): Heads {
  const ranking: RankingExample[] = [];
  foldModels.forEach((m, k) => {
    ranking.push(...rankingExamples(m, held(k)));
  });
  const bounds = trainRanker(ranking);
  log(`bounds (${ranking.length} drafts)`);
  const drafts: FilterExample[] = [];
  foldModels.forEach((m, k) => {
    drafts.push(...filterExamples({ ...m, bounds }, held(k)));
  });
  const filter = trainFilter(drafts, f);
  log(`filter (${drafts.length} drafts, ${drafts.filter((d) => d.label).length} attributions)`);
  return { filter, bounds };
}
