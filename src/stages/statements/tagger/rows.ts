// Feature rows of one sequence: every token's hashed features, reduced to
// bucket indices of the weight table, in one flat array.
import type { Sequence, TokenContext } from "./context.js";
import { type CueNeighbours, MAX_FEATURES, tokenFeatures } from "./features.js";

const scratch: number[] = new Array<number>(MAX_FEATURES).fill(0);

/** Features per token in pass one and pass two. */
export function strideOf(c: TokenContext, near: CueNeighbours, secondPass: boolean): number {
  if (c.n === 0) return 0;
  return tokenFeatures(c, near, 0, secondPass ? new Uint8Array(c.n) : null, scratch);
}

export function featureRows(c: TokenContext, near: CueNeighbours, seq: Sequence, first: Uint8Array | null, bits: number, stride: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const rows = new Uint32Array((seq.to - seq.from) * stride);
  for (let i = seq.from; i < seq.to; i++) {
    const k = tokenFeatures(c, near, i, first, scratch);
    const base = (i - seq.from) * stride;
    for (let f = 0; f < k && f < stride; f++) rows[base + f] = (scratch[f] ?? 0) & mask;
  }
  return rows;
}
