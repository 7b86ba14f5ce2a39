// Feature rows of one sequence for training: every token's hashed features
// (word slots, then context), reduced to bucket indices, in one flat array.
import type { Sequence, TokenContext } from "./context.js";
import { type CueNeighbours, contextFeatures, type FirstPass, firstPass, MAX_FEATURES, SLOT_OFFSETS, wordFeatures } from "./features.js";
import { GROUPS, groupFeatures, groupKeys } from "./groups.js";
import { type LexiconEntry, lexiconEntry } from "./lexicon-entry.js";

const scratch = new Uint32Array(MAX_FEATURES);
const keys = new Int32Array(GROUPS);

/** The lexicon entry of token x when it shares token i's sentence, else null. */
export function entryNear(c: TokenContext, i: number, x: number): LexiconEntry | null {
  if (x < 0 || x >= c.n || c.sentenceStart[x] !== c.sentenceStart[i]) return null;
  return lexiconEntry(c.forms[c.form[x] ?? 0] ?? "");
}

/** All features of token i: word slots, groups, then the context templates; returns how many. */
export function tokenFeatures(c: TokenContext, near: CueNeighbours, i: number, first: FirstPass | null, out: Uint32Array, offset: number): number {
  let k = offset;
  const second = first !== null;
  SLOT_OFFSETS.forEach((d, slot) => {
    k += wordFeatures(entryNear(c, i, i + d), slot, second, out, k);
  });
  groupKeys(c, near, i, first, keys);
  for (let g = 0; g < GROUPS; g++) k += groupFeatures(g, keys[g] ?? -1, second, out, k);
  return k - offset + contextFeatures(c, near, i, first, out, k);
}

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
