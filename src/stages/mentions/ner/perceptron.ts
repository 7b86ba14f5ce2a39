// Training: a structured averaged perceptron over Viterbi-decoded sentences
// (Collins 2002). Rows are created only for features that are ever updated;
// averaging uses the running-sum trick, so an update costs O(1).
import type { TaggerInput } from "./codes.js";
import { decodeDocument, type DecodedSentence } from "./decode.js";
import { MAX_FEATURES } from "./features.js";
import type { SparseRow } from "./model.js";
import { TAG_COUNT } from "./tags.js";
import { endIndex, startIndex, TRANSITION_SIZE } from "./viterbi.js";
import type { Weights } from "./weights.js";

export interface TrainingDoc {
  readonly input: TaggerInput;
  /** Gold BILOU tag of every token. */
  readonly gold: Uint8Array;
}

export class TrainingWeights implements Weights {
  readonly transitions = new Float64Array(TRANSITION_SIZE);
  private readonly transitionSums = new Float64Array(TRANSITION_SIZE);
  private readonly rows = new Map<number, number>();
  private weights: Float64Array<ArrayBuffer> = new Float64Array(1 << 16);
  private sums: Float64Array<ArrayBuffer> = new Float64Array(1 << 16);
  /** Instances seen so far (the averaging clock). */
  private clock = 1;

  addScores(keys: Int32Array, count: number, out: Float64Array, offset: number): void {
    for (let k = 0; k < count; k++) {
      const row = this.rows.get(keys[k] ?? 0);
      if (row === undefined) continue;
      const base = row * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[offset + t] = (out[offset + t] ?? 0) + (this.weights[base + t] ?? 0);
    }
  }

  private rowOf(key: number): number {
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.rows.size;
      this.rows.set(key, row);
      if ((row + 1) * TAG_COUNT > this.weights.length) {
        const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.weights = grow(this.weights);
        this.sums = grow(this.sums);
      }
    }
    return row;
  }

  private bump(i: number, delta: number): void {
    this.weights[i] = (this.weights[i] ?? 0) + delta;
    this.sums[i] = (this.sums[i] ?? 0) + this.clock * delta;
  }

  private bumpTransition(i: number, delta: number): void {
    this.transitions[i] = (this.transitions[i] ?? 0) + delta;
    this.transitionSums[i] = (this.transitionSums[i] ?? 0) + this.clock * delta;
  }

  /** One perceptron step on a decoded sentence against its gold tags. */
  learn(s: DecodedSentence, gold: Uint8Array): void {
    const g = gold.subarray(s.first, s.first + s.length);
    for (let k = 0; k < s.length; k++) {
      const want = g[k] ?? 0;
      const got = s.tags[k] ?? 0;
      if (want !== got) {
        const count = s.counts[k] ?? 0;
        for (let f = 0; f < count; f++) {
          const base = this.rowOf(s.keys[k * MAX_FEATURES + f] ?? 0) * TAG_COUNT;
          this.bump(base + want, 1);
          this.bump(base + got, -1);
        }
      }
      const wantT = k === 0 ? startIndex(want) : (g[k - 1] ?? 0) * TAG_COUNT + want;
      const gotT = k === 0 ? startIndex(got) : (s.tags[k - 1] ?? 0) * TAG_COUNT + got;
      if (wantT !== gotT) {
        this.bumpTransition(wantT, 1);
        this.bumpTransition(gotT, -1);
      }
    }
    const last = s.length - 1;
    const wantE = endIndex(g[last] ?? 0);
    const gotE = endIndex(s.tags[last] ?? 0);
    if (wantE !== gotE) {
      this.bumpTransition(wantE, 1);
      this.bumpTransition(gotE, -1);
    }
    this.clock++;
  }

  /** Averaged weights with |w| below `threshold` dropped. */
  averaged(threshold: number): { rows: SparseRow[]; transitions: Float64Array } {
    const rows: SparseRow[] = [];
    for (const [key, row] of this.rows) {
      const tags: number[] = [];
      const values: number[] = [];
      for (let t = 0; t < TAG_COUNT; t++) {
        const i = row * TAG_COUNT + t;
        const v = (this.weights[i] ?? 0) - (this.sums[i] ?? 0) / this.clock;
        if (Math.abs(v) >= threshold) {
          tags.push(t);
          values.push(v);
        }
      }
      if (tags.length > 0) rows.push({ key, tags, values });
    }
    const transitions = new Float64Array(TRANSITION_SIZE);
    for (let i = 0; i < TRANSITION_SIZE; i++) transitions[i] = (this.transitions[i] ?? 0) - (this.transitionSums[i] ?? 0) / this.clock;
    return { rows, transitions };
  }

  get featureCount(): number {
    return this.rows.size;
  }
}

/** A seeded generator (mulberry32), so training is reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One pass over the documents in a seeded random order. */
export function trainEpoch(docs: readonly TrainingDoc[], weights: TrainingWeights, random: () => number): void {
  const order = docs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  for (const i of order) {
    const doc = docs[i];
    if (doc) decodeDocument(doc.input, weights, (s) => weights.learn(s, doc.gold));
  }
}
