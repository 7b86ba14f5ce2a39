// What decoding needs from a model, whether it is being trained (dense rows
// in a map) or loaded from disk (a compact hash table).

export interface Weights {
  /** Adds the weights of `count` feature keys to the TAG_COUNT scores at `out[offset…]`. */
  addScores(keys: Int32Array, count: number, out: Float64Array, offset: number): void;
  /** Transition, start and end scores (see viterbi.ts). */
  readonly transitions: Float64Array;
}
