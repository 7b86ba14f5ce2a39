// Feature rows of one sequence: every token's hashed features, reduced to
// bucket indices of the weight table, in one flat array.
import type { Sequence, TokenContext } from "./context.js";
import { type CueNeighbours, type FirstPass, firstPass, MAX_FEATURES, tokenFeatures } from "./features.js";

const scratch = new Uint32Array(MAX_FEATURES);

/** Features per token in pass one and pass two. */
export function strideOf(c: TokenContext, near: CueNeighbours, secondPass: boolean): number {
  if (c.n === 0) return 0;
  return tokenFeatures(c, near, 0, secondPass ? firstPass(c, new Uint8Array(c.n)) : null, scratch, 0);
}

export function featureRows(c: TokenContext, near: CueNeighbours, seq: Sequence, first: FirstPass | null, bits: number, stride: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const rows = new Uint32Array((seq.to - seq.from) * stride);
  for (let i = seq.from; i < seq.to; i++) tokenFeatures(c, near, i, first, rows, (i - seq.from) * stride);
  for (let f = 0; f < rows.length; f++) rows[f] = (rows[f] as number) & mask;
  return rows;
}
