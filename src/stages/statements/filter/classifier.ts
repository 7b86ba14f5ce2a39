// A logistic-regression classifier over hashed features: the statement
// filter's model. Trained by deterministic SGD (seeded shuffle, AdaGrad
// steps, L2), scored as a probability that a draft is a real attribution.
import { averageOverShuffles, seededShuffler } from "../shuffle.js";

export interface FilterWeights {
  readonly bits: number;
  readonly weights: Float32Array;
  /** Drafts scoring below this probability are dropped. */
  readonly threshold: number;
}

export interface FilterExample {
  readonly feats: Uint32Array;
  readonly label: boolean;
}

export interface FilterTraining {
  readonly bits: number;
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  readonly threshold: number;
}

export const DEFAULT_FILTER_TRAINING: FilterTraining = { bits: 16, epochs: 12, rate: 0.2, l2: 1e-5, threshold: 0.1 };

export function filterScore(w: FilterWeights, feats: Uint32Array): number {
  const mask = (1 << w.bits) - 1;
  let z = 0;
  for (const f of feats) z += w.weights[f & mask] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The filter: the average of `bag` logistic regressions trained with different shuffles (steadier than one). */
export function trainFilter(examples: readonly FilterExample[], o: FilterTraining = DEFAULT_FILTER_TRAINING, bag = 5): FilterWeights {
  const weights = averageOverShuffles(1 << o.bits, bag, 11, (seed) => trainOne(examples, o, seed).weights);
  return { bits: o.bits, weights, threshold: o.threshold };
}

function trainOne(examples: readonly FilterExample[], o: FilterTraining, seed: number): FilterWeights {
  const size = 1 << o.bits;
  const mask = size - 1;
  const weights = new Float32Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const w = { bits: o.bits, weights, threshold: o.threshold };
  const order = examples.map((_e, i) => i);
  const shuffle = seededShuffler(seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order);
    for (const index of order) {
      const e = examples[index];
      if (!e) continue;
      const err = filterScore(w, e.feats) - (e.label ? 1 : 0);
      for (const f of e.feats) {
        const b = f & mask;
        const g = err + o.l2 * (weights[b] ?? 0);
        g2[b] = (g2[b] ?? 0) + g * g;
        weights[b] = (weights[b] ?? 0) - (o.rate * g) / Math.sqrt(g2[b] ?? 1);
      }
    }
  }
  return w;
}
