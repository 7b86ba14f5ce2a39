// Per-token facts the tagger's features read, computed once per document:
// word forms (as ids into the document's own vocabulary), POS, cue-lexicon
// classes, quotation state, clause marks, positions and mentions.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { hashString } from "./hash.js";
import { lexiconEntry } from "./lexicon-entry.js";

export interface Sequence {
  /** First token index (into the document's tokens). */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
}

export interface TokenContext {
  readonly n: number;
  /** The document's distinct word forms (original case); `form[i]` indexes them. */
  readonly forms: readonly string[];
  readonly form: Uint32Array;
  /** Hash of the lower-cased word. */
  readonly word: Uint32Array;
  /** Part of speech as a small id (POS_IDS order; 30 unknown). */
  readonly pos: Uint8Array;
  /** 0 none, 1 speech verb, 2 belief verb, 3 nominal cue (cues.json). */
  readonly lexClass: Uint8Array;
  /** Bucket (0–5) of how often the word is a cue in the training data. */
  readonly cueRate: Uint8Array;
  /** Whether the token is a likely cue word (lexicon verb or high cue rate). */
  readonly cueLike: Uint8Array;
  /** 0 outside quotation marks, 1 inside, 2 an opening mark, 3 a closing mark. */
  readonly quote: Uint8Array;
  /** Running counts up to and including each token: commas, and strong breaks (dash, semicolon, colon, bracket). */
  readonly commas: Uint16Array;
  readonly breaks: Uint16Array;
  readonly sentenceStart: Uint32Array;
  readonly sentenceEnd: Uint32Array;
  /** Index of the token's sentence within its paragraph. */
  readonly sentenceInParagraph: Uint16Array;
  readonly paragraph: Uint32Array;
  /** Hash of the mention under the token (type, kind, begin/inside), or 0. */
  readonly mention: Uint32Array;
  readonly sequences: readonly Sequence[];
}

const OPEN_MARKS = new Set(["“", '"', "«", "„", "‘", "'"]);
const BREAKS = new Set(["—", "–", "-", "―", ";", ":", "(", ")"]);
/** The universal part-of-speech tags, in the order of their ids. */
export const POS_IDS: readonly string[] = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
  "SPACE",
];
const POS_ID = new Map(POS_IDS.map((p, i) => [p, i]));
const MENTION_HASH = new Map<string, number>();

function cachedHash(cache: Map<string, number>, key: string): number {
  let h = cache.get(key);
  if (h === undefined) {
    h = hashString(key);
    cache.set(key, h);
  }
  return h;
}

export function tokenContext(doc: ArticleDoc, cueRates: ReadonlyMap<string, number>, quotes: readonly Span[]): TokenContext {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  const n = tokens.length;
  const forms: string[] = [];
  const formIds = new Map<string, number>();
  const form = new Uint32Array(n);
  const word = new Uint32Array(n);
  const pos = new Uint8Array(n);
  const lexClass = new Uint8Array(n);
  const cueRate = new Uint8Array(n);
  const cueLike = new Uint8Array(n);
  const commas = new Uint16Array(n);
  const breaks = new Uint16Array(n);
  let commaCount = 0;
  let breakCount = 0;
  for (let x = 0; x < n; x++) {
    const t = tokens[x];
    if (!t) continue;
    const w = text.slice(t.start, t.end);
    let id = formIds.get(w);
    if (id === undefined) {
      id = forms.length;
      forms.push(w);
      formIds.set(w, id);
    }
    form[x] = id;
    const e = lexiconEntry(w);
    word[x] = e.hash;
    const isVerb = t.pos === "VERB";
    pos[x] = POS_ID.get(t.pos) ?? 30;
    lexClass[x] = e.verb && isVerb ? e.verb : e.nominal ? 3 : 0;
    const rate = cueRates.get(e.lower) ?? 0;
    cueRate[x] = rate;
    cueLike[x] = rate >= 3 || (e.verb === 1 && isVerb) ? 1 : 0;
    if (w === ",") commaCount++;
    else if (BREAKS.has(w)) breakCount++;
    commas[x] = commaCount;
    breaks[x] = breakCount;
  }
  const c: TokenContext = {
    n,
    forms,
    form,
    word,
    pos,
    lexClass,
    cueRate,
    cueLike,
    quote: markQuotes(doc, quotes),
    commas,
    breaks,
    sentenceStart: new Uint32Array(n),
    sentenceEnd: new Uint32Array(n),
    sentenceInParagraph: new Uint16Array(n),
    paragraph: new Uint32Array(n),
    mention: markMentions(doc),
    sequences: [],
  };
  (c as { sequences: readonly Sequence[] }).sequences = markPositions(c, doc);
  return c;
}

/** Sentence bounds and paragraph positions; returns one sequence per paragraph. */
function markPositions(c: TokenContext, doc: ArticleDoc): Sequence[] {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const n = c.n;
  const sequences: Sequence[] = [];
  let i = 0;
  while (i < n) {
    const p = sentences[tokens[i]?.sentence ?? 0]?.paragraph ?? 0;
    let j = i;
    let sInP = -1;
    while (j < n && (sentences[tokens[j]?.sentence ?? 0]?.paragraph ?? 0) === p) {
      let k = j;
      const s = tokens[j]?.sentence ?? 0;
      while (k < n && tokens[k]?.sentence === s) k++;
      sInP++;
      c.sentenceStart.fill(j, j, k);
      c.sentenceEnd.fill(k, j, k);
      c.sentenceInParagraph.fill(sInP, j, k);
      c.paragraph.fill(p, j, k);
      j = k;
    }
    sequences.push({ from: i, to: j });
    i = j;
  }
  return sequences;
}

function markQuotes(doc: ArticleDoc, quotes: readonly Span[]): Uint8Array {
  const tokens = doc.tokens ?? [];
  const out = new Uint8Array(tokens.length);
  let q = 0;
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x];
    if (!t) continue;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= t.start) q++;
    const quote = quotes[q];
    if (!quote || t.end <= quote.start) continue;
    out[x] = t.start === quote.start && OPEN_MARKS.has(doc.text[t.start] ?? "") ? 2 : t.end === quote.end ? 3 : 1;
  }
  return out;
}

function markMentions(doc: ArticleDoc): Uint32Array {
  const tokens = doc.tokens ?? [];
  const out = new Uint32Array(tokens.length);
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= m.start) k++;
    for (let x = k; x < tokens.length && (tokens[x]?.start ?? Infinity) < m.end; x++) {
      out[x] = cachedHash(MENTION_HASH, `${m.type}/${m.kind}/${x === k ? "B" : "I"}`);
    }
  }
  return out;
}
