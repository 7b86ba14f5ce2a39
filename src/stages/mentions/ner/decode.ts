// Tags a whole document, sentence by sentence: prose first, then Title Case
// and ALL CAPS lines (headlines), so that those can lean on how the prose
// tagged the same words.
import { type TaggerInput, tokenCodes } from "./codes.js";
import { docContext, recordHistory } from "./doc-context.js";
import { extractFeatures, MAX_FEATURES } from "./features.js";
import { TAG_COUNT, typeOfTag } from "./tags.js";
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

/** BILOU tag indices for every token; `learn` sees each sentence before it enters the history. */
export function decodeDocument(input: TaggerInput, weights: Weights, learn?: (s: DecodedSentence) => void): Uint8Array {
  const codes = tokenCodes(input);
  const ctx = docContext(codes, input.lineMode);
  const all = new Uint8Array(codes.n);
  for (const [s0, s1] of sentenceOrder(input)) {
    const length = s1 - s0;
    const keys = new Int32Array(length * MAX_FEATURES);
    const counts = new Int32Array(length);
    const emissions = new Float64Array(length * TAG_COUNT);
    const buffer = new Int32Array(MAX_FEATURES);
    for (let k = 0; k < length; k++) {
      const count = extractFeatures(codes, ctx, input.lineMode, s0 + k, s0, s1, buffer);
      keys.set(buffer.subarray(0, count), k * MAX_FEATURES);
      counts[k] = count;
      weights.addScores(buffer, count, emissions, k * TAG_COUNT);
    }
    const tags = new Uint8Array(length);
    viterbi(emissions, length, weights.transitions, tags);
    learn?.({ first: s0, length, keys, counts, tags });
    all.set(tags, s0);
    recordHistory(ctx, codes, s0, Array.from(tags, typeOfTag));
  }
  return all;
}
