// A linear tagger over hashed features: emission weights per (feature bucket,
// tag), transition weights per tag pair, Viterbi decoding under the BIO rules.
import { allowed, allowedFirst, TAG_COUNT } from "./tags.js";

const T = TAG_COUNT;

/** Weights as the tagger reads them: integers and one scale (quantised), or plain floats. */
export interface Weights {
  readonly bits: number;
  /** Features per token (the stride of a feature row). */
  readonly stride: number;
  readonly emit: Int8Array | Float32Array;
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly scale: number;
}

export function emptyWeights(bits: number, stride: number): Weights & { emit: Float32Array } {
  return { bits, stride, emit: new Float32Array((1 << bits) * T), trans: new Float32Array(T * T), start: new Float32Array(T), scale: 1 };
}

interface Constrained {
  readonly trans: Float64Array;
  readonly start: Float64Array;
}
const FROZEN = new WeakMap<Weights, Constrained>();

/** Transition scores with the BIO rules folded in (-Infinity where a tag may not follow). */
function constrained(w: Weights): Constrained {
  const trans = new Float64Array(T * T);
  const start = new Float64Array(T);
  for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) trans[a * T + b] = allowed(a, b) ? (w.trans[a * T + b] ?? 0) : -Infinity;
  for (let b = 0; b < T; b++) start[b] = allowedFirst(b) ? (w.start[b] ?? 0) : -Infinity;
  return { trans, start };
}

/** Emission scores of `len` tokens whose feature rows sit in `feats` (bucket indices). */
export function emissions(w: Weights, feats: Uint32Array, len: number, out: Float64Array): void {
  const { emit, stride, scale } = w;
  let f = 0;
  for (let i = 0; i < len; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    for (const end = f + stride; f < end; f++) {
      const base = (feats[f] as number) * T;
      a0 += emit[base] as number;
      a1 += emit[base + 1] as number;
      a2 += emit[base + 2] as number;
      a3 += emit[base + 3] as number;
      a4 += emit[base + 4] as number;
      a5 += emit[base + 5] as number;
      a6 += emit[base + 6] as number;
    }
    const o = i * T;
    out[o] = a0 * scale;
    out[o + 1] = a1 * scale;
    out[o + 2] = a2 * scale;
    out[o + 3] = a3 * scale;
    out[o + 4] = a4 * scale;
    out[o + 5] = a5 * scale;
    out[o + 6] = a6 * scale;
  }
}

let score = new Float64Array(256 * T);
let back = new Uint8Array(256 * T);

/**
 * The best tag sequence under the emission and transition scores. `frozen`:
 * the weights no longer change, so their constrained transitions are cached
 * (during training they change under us and are recomputed per call).
 */
export function viterbi(w: Weights, emis: Float64Array, len: number, frozen = false): Uint8Array {
  const tags = new Uint8Array(len);
  if (len === 0) return tags;
  let c = frozen ? FROZEN.get(w) : undefined;
  if (!c) {
    c = constrained(w);
    if (frozen) FROZEN.set(w, c);
  }
  const { trans, start } = c;
  if (score.length < len * T) {
    score = new Float64Array(len * T * 2);
    back = new Uint8Array(len * T * 2);
  }
  for (let t = 0; t < T; t++) score[t] = (emis[t] as number) + (start[t] as number);
  for (let i = 1; i < len; i++) {
    const prev = (i - 1) * T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < T; a++) {
        const s = (score[prev + a] as number) + (trans[a * T + b] as number);
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * T + b] = best + (emis[i * T + b] as number);
      back[i * T + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    const s = score[(len - 1) * T + t] as number;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = len - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg] as number;
  }
  return tags;
}

/** Tags one sequence: emissions, then Viterbi. */
export function decode(w: Weights, feats: Uint32Array, len: number): Uint8Array {
  const emis = new Float64Array(len * T);
  emissions(w, feats, len, emis);
  return viterbi(w, emis, len);
}
