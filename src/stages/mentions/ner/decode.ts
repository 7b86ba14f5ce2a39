// Tags a whole document, sentence by sentence: prose first, then Title Case
// and ALL CAPS lines (headlines), so that those can lean on how the prose
// tagged the same words.
import { certainlyOutside, F_FLAGS, F_FORM, F_LOWER, FLAG_CAP, STRIDE, type TaggerInput, type TokenCodes, tokenCodes } from "./codes.js";
import { type DocContext, docContext, recordHistory } from "./doc-context.js";
import { contextFeatures, extractFeatures, historyFeatures, MAX_FEATURES, wordFeatures } from "./features.js";
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
  if (!cache) {
    cache = new Map();
    wordCaches.set(weights, cache);
  }
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

/** Emission scores of sentence [s0, s1) under the document context as it stands (inference). */
function scoreSentence(input: TaggerInput, codes: TokenCodes, ctx: DocContext, weights: Weights, s0: number, s1: number): void {
  const length = s1 - s0;
  if (emissions.length < length * TAG_COUNT) emissions = new Float64Array(length * TAG_COUNT * 2);
  emissions.fill(0, 0, length * TAG_COUNT);
  for (let k = 0; k < length; k++) {
    if (certainlyOutside(codes, s0 + k)) {
      emissions.fill(-Infinity, k * TAG_COUNT + 1, (k + 1) * TAG_COUNT);
      continue;
    }
    addWordScores(weights, codes, s0 + k, emissions, k * TAG_COUNT);
    weights.addScores(buffer, contextFeatures(codes, ctx, input.lineMode, s0 + k, s0, s1, buffer, 0), emissions, k * TAG_COUNT);
  }
}

/** Features and emissions of sentence [s0, s1) for training: nothing cached, keys kept for the update. */
function trainingSentence(
  input: TaggerInput,
  codes: TokenCodes,
  ctx: DocContext,
  weights: Weights,
  s0: number,
  s1: number,
): { keys: Int32Array; counts: Int32Array } {
  const length = s1 - s0;
  if (emissions.length < length * TAG_COUNT) emissions = new Float64Array(length * TAG_COUNT * 2);
  emissions.fill(0, 0, length * TAG_COUNT);
  const keys = new Int32Array(length * MAX_FEATURES);
  const counts = new Int32Array(length);
  for (let k = 0; k < length; k++) {
    if (certainlyOutside(codes, s0 + k)) {
      emissions.fill(-Infinity, k * TAG_COUNT + 1, (k + 1) * TAG_COUNT);
      continue;
    }
    const count = extractFeatures(codes, ctx, input.lineMode, s0 + k, s0, s1, buffer);
    keys.set(buffer.subarray(0, count), k * MAX_FEATURES);
    counts[k] = count;
    weights.addScores(buffer, count, emissions, k * TAG_COUNT);
  }
  return { keys, counts };
}

/**
 * BILOU tag indices for every token. Tagging makes two passes: the first lets
 * each sentence see the types given to its words in the sentences decoded
 * before it; the second decodes again the sentences whose capitalised words
 * recur later, now seeing the whole document's first-pass types (Krishnan and
 * Manning's two-stage idea; +0.2 F1 on eng.testa). Training (`learn` sees
 * each sentence) makes the first pass only: learning from the second as well
 * scored lower.
 */
export function decodeDocument(input: TaggerInput, weights: Weights, learn?: (s: DecodedSentence) => void): Uint8Array {
  return learn ? trainingDecode(input, weights, learn) : inferenceDecode(input, weights);
}

/** The first pass with every feature recomputed, since the weights change under us. */
function trainingDecode(input: TaggerInput, weights: Weights, learn: (s: DecodedSentence) => void): Uint8Array {
  const codes = tokenCodes(input);
  const ctx = docContext(codes, input.lineMode);
  const all = new Uint8Array(codes.n);
  for (const [s0, s1] of sentenceOrder(input)) {
    const tags = all.subarray(s0, s1);
    const { keys, counts } = trainingSentence(input, codes, ctx, weights, s0, s1);
    viterbi(emissions, s1 - s0, weights.transitions, tags);
    learn({ first: s0, length: s1 - s0, keys, counts, tags });
    recordHistory(ctx, codes, s0, tags, 1);
  }
  return all;
}

const HISTORY_KEYS = 2;
const oldKeys = new Int32Array(HISTORY_KEYS);
const newKeys = new Int32Array(HISTORY_KEYS);
const delta = new Float64Array(TAG_COUNT);

/**
 * Both passes, the second cheaply: the first pass keeps every sentence's
 * emissions and each token's history keys, so a second-pass emission is the
 * first one with the old history features' scores swapped for the new.
 */
function inferenceDecode(input: TaggerInput, weights: Weights): Uint8Array {
  const codes = tokenCodes(input);
  const ctx = docContext(codes, input.lineMode);
  const n = codes.n;
  const all = new Uint8Array(n);
  const order = sentenceOrder(input);
  const saved = new Float64Array(n * TAG_COUNT);
  const history = new Int32Array(n * HISTORY_KEYS);
  const historyCount = new Uint8Array(n);
  for (const [s0, s1] of order) {
    scoreSentence(input, codes, ctx, weights, s0, s1);
    viterbi(emissions, s1 - s0, weights.transitions, all.subarray(s0, s1));
    saved.set(emissions.subarray(0, (s1 - s0) * TAG_COUNT), s0 * TAG_COUNT);
    for (let i = s0; i < s1; i++) {
      if (!((codes.codes[i * STRIDE + F_FLAGS] as number) & FLAG_CAP) || certainlyOutside(codes, i)) continue;
      historyCount[i] = historyFeatures(codes, ctx, i, oldKeys, 0);
      history.set(oldKeys.subarray(0, historyCount[i]), i * HISTORY_KEYS);
    }
    recordHistory(ctx, codes, s0, all.subarray(s0, s1), 1);
  }
  const last = lastSentenceOf(codes, order);
  order.forEach(([s0, s1], index) => {
    if (!recursLater(codes, s0, s1, index, last)) return;
    const first = all.subarray(s0, s1);
    recordHistory(ctx, codes, s0, first, -1);
    const length = s1 - s0;
    if (emissions.length < length * TAG_COUNT) emissions = new Float64Array(length * TAG_COUNT * 2);
    emissions.set(saved.subarray(s0 * TAG_COUNT, s1 * TAG_COUNT));
    let changed = false;
    for (let i = s0; i < s1; i++) {
      if (!((codes.codes[i * STRIDE + F_FLAGS] as number) & FLAG_CAP) || certainlyOutside(codes, i)) continue;
      const count = historyFeatures(codes, ctx, i, newKeys, 0);
      const before = historyCount[i] as number;
      if (count === before && newKeys[0] === history[i * HISTORY_KEYS] && newKeys[1] === history[i * HISTORY_KEYS + 1]) continue;
      changed = true;
      const row = (i - s0) * TAG_COUNT;
      delta.fill(0);
      weights.addScores(history.subarray(i * HISTORY_KEYS, i * HISTORY_KEYS + before), before, delta, 0);
      for (let t = 0; t < TAG_COUNT; t++) emissions[row + t] = (emissions[row + t] as number) - (delta[t] as number);
      weights.addScores(newKeys, count, emissions, row);
    }
    recordHistory(ctx, codes, s0, first, 1);
    if (changed) viterbi(emissions, length, weights.transitions, first);
  });
  return all;
}

/** For each capitalised word (lower-form hash), the last sentence, in decoding order, that has it. */
function lastSentenceOf(codes: TokenCodes, order: readonly [number, number][]): Map<number, number> {
  const last = new Map<number, number>();
  order.forEach(([s0, s1], index) => {
    for (let i = s0; i < s1; i++) if ((codes.codes[i * STRIDE + F_FLAGS] as number) & FLAG_CAP) last.set(codes.codes[i * STRIDE + F_LOWER] as number, index);
  });
  return last;
}

/** Whether a capitalised word of the sentence comes again in a sentence decoded after it. */
function recursLater(codes: TokenCodes, s0: number, s1: number, index: number, last: ReadonlyMap<number, number>): boolean {
  for (let i = s0; i < s1; i++) {
    if (!((codes.codes[i * STRIDE + F_FLAGS] as number) & FLAG_CAP)) continue;
    if ((last.get(codes.codes[i * STRIDE + F_LOWER] as number) ?? index) > index) return true;
  }
  return false;
}
