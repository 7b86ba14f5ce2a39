// A linear tagger over hashed features: emission weights per (feature bucket,
// tag), transition weights per tag pair, Viterbi decoding under the BIO rules.
import { allowed, allowedFirst, TAG_COUNT } from "./tags.js";

const T = TAG_COUNT;

/** Weights as the tagger reads them: integers and one scale (quantised), or plain floats. */
export interface Weights {
  readonly bits: number;
  /** Features per token (the stride of a feature row). */
  readonly stride: number;
  readonly emit: Int16Array | Float32Array;
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly scale: number;
}

export function emptyWeights(bits: number, stride: number): Weights & { emit: Float32Array } {
  return { bits, stride, emit: new Float32Array((1 << bits) * T), trans: new Float32Array(T * T), start: new Float32Array(T), scale: 1 };
}

/** Emission scores of `len` tokens whose feature rows sit in `feats` (bucket indices). */
export function emissions(w: Weights, feats: Uint32Array, len: number, out: Float32Array): void {
  const { emit, stride, scale } = w;
  for (let i = 0; i < len; i++) {
    const acc = [0, 0, 0, 0, 0, 0, 0];
    for (let f = i * stride, end = f + stride; f < end; f++) {
      const base = (feats[f] ?? 0) * T;
      for (let t = 0; t < T; t++) acc[t] = (acc[t] ?? 0) + (emit[base + t] ?? 0);
    }
    for (let t = 0; t < T; t++) out[i * T + t] = (acc[t] ?? 0) * scale;
  }
}

/** The best tag sequence under the emission and transition scores. */
export function viterbi(w: Weights, emis: Float32Array, len: number): Uint8Array {
  const tags = new Uint8Array(len);
  if (len === 0) return tags;
  const score = new Float64Array(len * T);
  const back = new Uint8Array(len * T);
  for (let t = 0; t < T; t++) score[t] = allowedFirst(t) ? (emis[t] ?? 0) + (w.start[t] ?? 0) : -Infinity;
  for (let i = 1; i < len; i++) {
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < T; a++) {
        if (!allowed(a, b)) continue;
        const s = (score[(i - 1) * T + a] ?? -Infinity) + (w.trans[a * T + b] ?? 0);
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * T + b] = best + (emis[i * T + b] ?? 0);
      back[i * T + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = score[(len - 1) * T + t] ?? -Infinity;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = len - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg] ?? 0;
  }
  return tags;
}

/** Tags one sequence: emissions, then Viterbi. */
export function decode(w: Weights, feats: Uint32Array, len: number): Uint8Array {
  const emis = new Float32Array(len * T);
  emissions(w, feats, len, emis);
  return viterbi(w, emis, len);
}
