// Emission scores of the word templates, cached per word form and pass: the
// features of a word in each slot are the same wherever it occurs, so their
// weights are summed once per form instead of once per token.
import type { TokenContext } from "./context.js";
import { MAX_FEATURES, SLOT_OFFSETS, wordFeatures } from "./features.js";
import { lexiconEntry } from "./lexicon-entry.js";
import type { Weights } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";

const T = TAG_COUNT;
/** Scores of one form: one block of T per slot. */
export const WORD_BLOCK = SLOT_OFFSETS.length * T;
const LIMIT = 100_000;

interface PassCache {
  readonly forms: Map<string, Float64Array>;
  /** Scores of "no word here" (a neighbour outside the sentence). */
  readonly none: Float64Array;
}
const CACHES = new WeakMap<Weights, PassCache>();
const scratch = new Uint32Array(MAX_FEATURES);

function scoresOf(w: Weights, second: boolean, form: string | null): Float64Array {
  const out = new Float64Array(WORD_BLOCK);
  const e = form === null ? null : lexiconEntry(form);
  for (let slot = 0; slot < SLOT_OFFSETS.length; slot++) {
    if (slot === 0 && !e) continue;
    sumOf(w, scratch, wordFeatures(e, slot, second, scratch, 0), out, slot * T);
  }
  return out;
}

function passCache(w: Weights, second: boolean): PassCache {
  let cache = CACHES.get(w);
  if (!cache) {
    cache = { forms: new Map(), none: scoresOf(w, second, null) };
    CACHES.set(w, cache);
  }
  return cache;
}

function sumOf(w: Weights, hashes: Uint32Array, n: number, out: Float64Array, at: number): void {
  const mask = (1 << w.bits) - 1;
  for (let f = 0; f < n; f++) {
    const base = ((hashes[f] as number) & mask) * T;
    for (let t = 0; t < T; t++) out[at + t] = (out[at + t] as number) + (w.emit[base + t] as number);
  }
}

export interface DocumentWordScores {
  /** Word-template scores (unscaled) of each distinct form of a document, in `forms` order. */
  readonly vectors: readonly Float64Array[];
  readonly none: Float64Array;
}

/** `second`: the weights are pass two's. */
export function documentWordScores(c: TokenContext, w: Weights, second: boolean): DocumentWordScores {
  const cache = passCache(w, second);
  const vectors: Float64Array[] = new Array(c.forms.length);
  for (let id = 0; id < c.forms.length; id++) {
    const form = c.forms[id] as string;
    let s = cache.forms.get(form);
    if (!s) {
      if (cache.forms.size >= LIMIT) cache.forms.clear();
      s = scoresOf(w, second, form);
      cache.forms.set(form, s);
    }
    vectors[id] = s;
  }
  return { vectors, none: cache.none };
}
