// Runs both passes of the attribution tagger over a document, one paragraph
// at a time, and returns one tag per token. Word and group templates come from
// cached scores; paragraphs without a cue-like word or quotation mark are
// skipped, and pass two only revisits what pass one tagged.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { type Sequence, type TokenContext, tokenContext } from "./context.js";
import { type CueNeighbours, contextFeatures, cueNeighbours, type FirstPass, firstPass, MAX_FEATURES, SLOT_OFFSETS } from "./features.js";
import type { AttributionModel } from "./model.js";
import { decodeTags, type NeuralModel, tagLogProbs } from "./neural-model.js";
import { neuralInputs } from "./neural-inputs.js";
import { viterbi, type Weights } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";
import { GROUPS, groupFeatures, groupKeys } from "./groups.js";
import { type DocumentWordScores, documentWordScores } from "./word-scores.js";

const T = TAG_COUNT;
const feats = new Uint32Array(MAX_FEATURES);
const OFFSETS = Int32Array.from(SLOT_OFFSETS);
const SLOTS = OFFSETS.length;
const keys = new Int32Array(GROUPS);
let emis = new Float64Array(512 * T);

/** Whether a paragraph can hold an attribution at all: a cue-like word or a quotation mark. */
function mayAttribute(c: TokenContext, seq: Sequence): boolean {
  for (let i = seq.from; i < seq.to; i++) if ((c.cueRate[i] ?? 0) >= 2 || c.lexClass[i] || c.quote[i]) return true;
  return false;
}

/** Whether pass one tagged anything in a paragraph (pass two only revisits those). */
function tagged(first: Uint8Array, seq: Sequence): boolean {
  for (let i = seq.from; i < seq.to; i++) if (first[i]) return true;
  return false;
}

/** Emission scores of a sequence's tokens into `emis`: cached word scores plus the hashed context features. */
function sequenceEmissions(c: TokenContext, near: CueNeighbours, seq: Sequence, w: Weights, summary: FirstPass | null, words: DocumentWordScores): void {
  const emit = w.emit;
  const scale = w.scale;
  const mask = (1 << w.bits) - 1;
  const { vectors, none } = words;
  const starts = c.sentenceStart;
  const form = c.form;
  const n = c.n;
  const second = summary !== null;
  for (let i = seq.from; i < seq.to; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    // context features, then the groups' after them: one summing loop over both
    let m = contextFeatures(c, near, i, summary, feats, 0);
    groupKeys(c, near, i, summary, keys);
    for (let g = 0; g < GROUPS; g++) m += groupFeatures(g, keys[g] as number, second, feats, m);
    for (let f = 0; f < m; f++) {
      const base = ((feats[f] as number) & mask) * 7;
      a0 += emit[base] as number;
      a1 += emit[base + 1] as number;
      a2 += emit[base + 2] as number;
      a3 += emit[base + 3] as number;
      a4 += emit[base + 4] as number;
      a5 += emit[base + 5] as number;
      a6 += emit[base + 6] as number;
    }
    const sentence = starts[i];
    for (let slot = 0; slot < SLOTS; slot++) {
      const x = i + (OFFSETS[slot] as number);
      const v = x >= 0 && x < n && starts[x] === sentence ? (vectors[form[x] as number] as Float64Array) : none;
      const base = slot * 7;
      a0 += v[base] as number;
      a1 += v[base + 1] as number;
      a2 += v[base + 2] as number;
      a3 += v[base + 3] as number;
      a4 += v[base + 4] as number;
      a5 += v[base + 5] as number;
      a6 += v[base + 6] as number;
    }
    const o = (i - seq.from) * 7;
    emis[o] = a0 * scale;
    emis[o + 1] = a1 * scale;
    emis[o + 2] = a2 * scale;
    emis[o + 3] = a3 * scale;
    emis[o + 4] = a4 * scale;
    emis[o + 5] = a5 * scale;
    emis[o + 6] = a6 * scale;
  }
}

/**
 * Tags the document with one pass's weights (pass two when `first`, pass one's tags, is given).
 * `scores`, when given, receives every token's emission scores (TAG_COUNT per token; 0 where skipped).
 */
export function tagPass(
  c: TokenContext,
  w: Weights,
  first: Uint8Array | null,
  near: CueNeighbours = cueNeighbours(c),
  scores: Float32Array | null = null,
): Uint8Array {
  const summary = first ? firstPass(c, first) : null;
  const words = documentWordScores(c, w, first !== null);
  const tags = new Uint8Array(c.n);
  for (const seq of c.sequences) {
    if (first ? !tagged(first, seq) : !mayAttribute(c, seq)) continue;
    const len = seq.to - seq.from;
    if (emis.length < len * T) emis = new Float64Array(len * T * 2);
    sequenceEmissions(c, near, seq, w, summary, words);
    const best = viterbi(w, emis, len, true);
    tags.set(best, seq.from);
    if (scores) scores.set(emis.subarray(0, len * T), seq.from * T);
  }
  return tags;
}

export interface ScoredTags {
  readonly tags: Uint8Array;
  /** Pass two's emission margin (or the neural tagger's log-probability margin) of each token's tag over "O" (0 where untagged). */
  readonly margins: Float32Array;
  /** Pass two's emission margin of content (B- or I-, the larger) over "O" per token. */
  readonly content: Float32Array;
}

/** The neural tagger's tags and log-probabilities over the paragraphs that may hold an attribution. */
function neuralPass(c: TokenContext, neural: NeuralModel, scores: Float32Array): Uint8Array {
  const inputs = neuralInputs(c);
  const tags = new Uint8Array(c.n);
  for (const seq of c.sequences) {
    if (!mayAttribute(c, seq)) continue;
    const lp = tagLogProbs(neural, inputs, seq.from, seq.to);
    tags.set(decodeTags(lp, seq.to - seq.from), seq.from);
    scores.set(lp, seq.from * T);
  }
  return tags;
}

export function tagDocument(doc: ArticleDoc, model: AttributionModel, quotes: readonly Span[]): ScoredTags {
  const c = tokenContext(doc, model.cueRates, quotes);
  const near = cueNeighbours(c);
  const scores = new Float32Array(c.n * T);
  const tags = model.neural ? neuralPass(c, model.neural, scores) : tagPass(c, model.pass2, tagPass(c, model.pass1, null, near), near, scores);
  const margins = new Float32Array(c.n);
  const content = new Float32Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const o = scores[i * T] as number;
    margins[i] = (scores[i * T + (tags[i] as number)] as number) - o;
    content[i] = Math.max(scores[i * T + 5] as number, scores[i * T + 6] as number) - o;
  }
  return { tags, margins, content };
}
