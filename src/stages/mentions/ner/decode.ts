// Tags a whole document, sentence by sentence: prose first, then Title Case
// and ALL CAPS lines (headlines), so that those can lean on how the prose
// tagged the same words.
import { certainlyOutside, F_FORM, STRIDE, type TaggerInput, type TokenCodes, tokenCodes } from "./codes.js";
import { docContext, recordHistory } from "./doc-context.js";
import { contextFeatures, extractFeatures, MAX_FEATURES, wordFeatures } from "./features.js";
import { TAG_COUNT } from "./tags.js";
import { viterbi } from "./viterbi.js";
import type { Weights } from "./weights.js";

/** The features and the predicted tags of one sentence, for a trainer to learn from. */
export interface DecodedSentence {
  readonly first: number;
  readonly length: number;
  /** MAX_FEATURES keys per token. */
  readonly keys: Int32Array;
  readonly counts: Int32Array;
  readonly tags: Uint8Array;
}

/** Sentences as [first, next) token ranges, in decoding order. */
function sentenceOrder(input: TaggerInput): [number, number][] {
  const n = input.words.length;
  const ranges: [number, number][] = input.sentenceStarts.map((s, k) => [s, input.sentenceStarts[k + 1] ?? n]);
  const prose = ranges.filter(([s]) => input.lineMode[s] === 0);
  const caps = ranges.filter(([s]) => input.lineMode[s] !== 0);
  return [...prose, ...caps].filter(([s, e]) => e > s);
}

let emissions = new Float64Array(256 * TAG_COUNT);
const buffer = new Int32Array(MAX_FEATURES);

/** Scores of the form-only features, per model and word form: most words recur. */
const wordCaches = new WeakMap<Weights, Map<number, Float64Array>>();
const WORD_CACHE_LIMIT = 200_000;

function addWordScores(weights: Weights, codes: TokenCodes, i: number, out: Float64Array, offset: number): void {
  let cache = wordCaches.get(weights);
  if (!cache) wordCaches.set(weights, (cache = new Map()));
  const form = codes.codes[i * STRIDE + F_FORM] as number;
  let scores = cache.get(form);
  if (!scores) {
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    scores = new Float64Array(TAG_COUNT);
    weights.addScores(buffer, wordFeatures(codes, i, buffer, 0), scores, 0);
    cache.set(form, scores);
  }
  for (let t = 0; t < TAG_COUNT; t++) out[offset + t] = (out[offset + t] as number) + (scores[t] as number);
}

/** BILOU tag indices for every token; `learn` sees each sentence before it enters the history. */
export function decodeDocument(input: TaggerInput, weights: Weights, learn?: (s: DecodedSentence) => void): Uint8Array {
  const codes = tokenCodes(input);
  const ctx = docContext(codes, input.lineMode);
  const all = new Uint8Array(codes.n);
  for (const [s0, s1] of sentenceOrder(input)) {
    const length = s1 - s0;
    if (emissions.length < length * TAG_COUNT) emissions = new Float64Array(length * TAG_COUNT * 2);
    emissions.fill(0, 0, length * TAG_COUNT);
    const keys = learn ? new Int32Array(length * MAX_FEATURES) : null;
    const counts = new Int32Array(length);
    for (let k = 0; k < length; k++) {
      if (certainlyOutside(codes, s0 + k)) {
        emissions.fill(-Infinity, k * TAG_COUNT + 1, (k + 1) * TAG_COUNT);
        continue;
      }
      if (keys) {
        // Training: weights change under us, so nothing is cached.
        const count = extractFeatures(codes, ctx, input.lineMode, s0 + k, s0, s1, buffer);
        keys.set(buffer.subarray(0, count), k * MAX_FEATURES);
        counts[k] = count;
        weights.addScores(buffer, count, emissions, k * TAG_COUNT);
      } else {
        addWordScores(weights, codes, s0 + k, emissions, k * TAG_COUNT);
        weights.addScores(buffer, contextFeatures(codes, ctx, input.lineMode, s0 + k, s0, s1, buffer, 0), emissions, k * TAG_COUNT);
      }
    }
    const tags = all.subarray(s0, s1);
    viterbi(emissions, length, weights.transitions, tags);
    if (learn && keys) learn({ first: s0, length, keys, counts, tags });
    recordHistory(ctx, codes, s0, tags);
  }
  return all;
}
