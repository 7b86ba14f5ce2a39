// Averaged structured perceptron training (Collins 2002) over feature rows,
// with a seeded shuffle so the same data always gives the same model.
import { decode, emptyWeights, type Weights } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";
import { seededShuffler } from "../shuffle.js";

const T = TAG_COUNT;

export interface TrainingSequence {
  readonly feats: Uint32Array;
  readonly gold: Uint8Array;
}

export function trainPerceptron(seqs: readonly TrainingSequence[], bits: number, stride: number, epochs: number, seed = 7): Weights {
  const w = emptyWeights(bits, stride);
  const u = new Float64Array(w.emit.length);
  const ut = new Float64Array(T * T);
  const us = new Float64Array(T);
  let c = 1;
  const order = seqs.map((_s, i) => i);
  const shuffle = seededShuffler(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    for (const index of order) {
      const seq = seqs[index];
      if (!seq) continue;
      const len = seq.gold.length;
      const pred = decode(w, seq.feats, len);
      for (let i = 0; i < len; i++) {
        const g = seq.gold[i] ?? 0;
        const p = pred[i] ?? 0;
        if (g !== p) {
          for (let f = i * stride; f < (i + 1) * stride; f++) {
            const base = (seq.feats[f] ?? 0) * T;
            w.emit[base + g] = (w.emit[base + g] ?? 0) + 1;
            u[base + g] = (u[base + g] ?? 0) + c;
            w.emit[base + p] = (w.emit[base + p] ?? 0) - 1;
            u[base + p] = (u[base + p] ?? 0) - c;
          }
        }
        const gp = i > 0 ? (seq.gold[i - 1] ?? 0) : -1;
        const pp = i > 0 ? (pred[i - 1] ?? 0) : -1;
        if (g === p && gp === pp) continue;
        if (i === 0) {
          w.start[g] = (w.start[g] ?? 0) + 1;
          us[g] = (us[g] ?? 0) + c;
          w.start[p] = (w.start[p] ?? 0) - 1;
          us[p] = (us[p] ?? 0) - c;
        } else {
          w.trans[gp * T + g] = (w.trans[gp * T + g] ?? 0) + 1;
          ut[gp * T + g] = (ut[gp * T + g] ?? 0) + c;
          w.trans[pp * T + p] = (w.trans[pp * T + p] ?? 0) - 1;
          ut[pp * T + p] = (ut[pp * T + p] ?? 0) - c;
        }
      }
      c++;
    }
  }
  const avg = (x: Float32Array, acc: Float64Array): void => {
    for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) - (acc[i] ?? 0) / c;
  };
  avg(w.emit, u);
  avg(w.trans, ut);
  avg(w.start, us);
  return w;
}
