// Per-token facts the tagger's features read, computed once per document:
// word and POS hashes, cue-lexicon classes, quotation state, sentence and
// paragraph position, and the entity mention under each token.
import type { ArticleDoc } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { cueVerb, NOMINAL_CUES } from "../../../lexicon/cues.js";
import { hashString } from "./hash.js";

export interface Sequence {
  /** First token index (into the document's tokens). */
  readonly from: number;
  /** One past the last token index. */
  readonly to: number;
}

export interface TokenContext {
  readonly n: number;
  readonly words: readonly string[];
  readonly word: Uint32Array;
  readonly pos: Uint32Array;
  readonly shape: Uint32Array;
  readonly suffix: Uint32Array;
  /** 0 none, 1 speech verb, 2 belief verb, 3 nominal cue (cues.json). */
  readonly lexClass: Uint8Array;
  /** Bucket (0–5) of how often the word is a cue in the training data. */
  readonly cueRate: Uint8Array;
  /** Whether the token is a likely cue word (lexicon verb or high cue rate). */
  readonly cueLike: Uint8Array;
  /** 0 outside quotation marks, 1 inside, 2 an opening mark, 3 a closing mark. */
  readonly quote: Uint8Array;
  readonly sentenceStart: Uint32Array;
  readonly sentenceEnd: Uint32Array;
  /** Index of the token's sentence within its paragraph. */
  readonly sentenceInParagraph: Uint16Array;
  readonly paragraph: Uint32Array;
  /** Hash of the mention under the token (type, kind, begin/inside), or 0. */
  readonly mention: Uint32Array;
  readonly sequences: readonly Sequence[];
}

function shapeOf(w: string): string {
  if (/^\p{Lu}+$/u.test(w)) return w.length > 1 ? "XX" : "X";
  if (/^\p{Lu}/u.test(w)) return "Xx";
  if (/^\p{Ll}/u.test(w)) return "x";
  if (/^\d/.test(w)) return "d";
  return w.length === 1 ? w : "p";
}

const OPEN_MARKS = new Set(["“", '"', "«", "„", "‘"]);

/** Hashes of a word form, cached across documents (bounded). */
interface WordHashes {
  readonly lower: string;
  readonly word: number;
  readonly shape: number;
  readonly suffix: number;
}
const WORD_CACHE = new Map<string, WordHashes>();
const WORD_CACHE_LIMIT = 200_000;

function wordHashes(w: string): WordHashes {
  let h = WORD_CACHE.get(w);
  if (!h) {
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear();
    const lower = w.toLowerCase();
    h = { lower, word: hashString(lower), shape: hashString(shapeOf(w)), suffix: hashString(lower.slice(-3)) };
    WORD_CACHE.set(w, h);
  }
  return h;
}
const POS_HASH = new Map<string, number>();
const posHash = (pos: string): number => POS_HASH.get(pos) ?? (POS_HASH.set(pos, hashString(pos)), hashString(pos));

export function tokenContext(doc: ArticleDoc, cueRates: ReadonlyMap<string, number>, quotes: readonly Span[]): TokenContext {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const n = tokens.length;
  const hashes = tokens.map((t) => wordHashes(doc.text.slice(t.start, t.end)));
  const lower = hashes.map((h) => h.lower);
  const c: TokenContext = {
    n,
    words: lower,
    word: Uint32Array.from(hashes, (h) => h.word),
    pos: Uint32Array.from(tokens, (t) => posHash(t.pos)),
    shape: Uint32Array.from(hashes, (h) => h.shape),
    suffix: Uint32Array.from(hashes, (h) => h.suffix),
    lexClass: new Uint8Array(n),
    cueRate: new Uint8Array(n),
    cueLike: new Uint8Array(n),
    quote: new Uint8Array(n),
    sentenceStart: new Uint32Array(n),
    sentenceEnd: new Uint32Array(n),
    sentenceInParagraph: new Uint16Array(n),
    paragraph: new Uint32Array(n),
    mention: new Uint32Array(n),
    sequences: [],
  };
  const sequences: Sequence[] = [];
  let i = 0;
  while (i < n) {
    const p = sentences[tokens[i]?.sentence ?? 0]?.paragraph ?? 0;
    let j = i;
    let sInP = -1;
    let lastSentence = -1;
    while (j < n && (sentences[tokens[j]?.sentence ?? 0]?.paragraph ?? 0) === p) {
      let k = j;
      const s = tokens[j]?.sentence ?? 0;
      while (k < n && tokens[k]?.sentence === s) k++;
      if (s !== lastSentence) sInP++;
      lastSentence = s;
      for (let x = j; x < k; x++) {
        c.sentenceStart[x] = j;
        c.sentenceEnd[x] = k;
        c.sentenceInParagraph[x] = sInP;
        c.paragraph[x] = p;
      }
      j = k;
    }
    sequences.push({ from: i, to: j });
    i = j;
  }
  (c as { sequences: readonly Sequence[] }).sequences = sequences;
  for (let x = 0; x < n; x++) {
    const w = lower[x] ?? "";
    const verb = cueVerb(w);
    const isVerb = tokens[x]?.pos === "VERB";
    c.lexClass[x] = verb && isVerb ? (verb.kind === "speech" ? 1 : 2) : NOMINAL_CUES.has(w) ? 3 : 0;
    const rate = cueRates.get(w) ?? 0;
    c.cueRate[x] = rate;
    c.cueLike[x] = rate >= 3 || (verb?.kind === "speech" && isVerb) ? 1 : 0;
  }
  let q = 0;
  for (let x = 0; x < n; x++) {
    const t = tokens[x];
    if (!t) continue;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= t.start) q++;
    const quote = quotes[q];
    if (!quote || t.end <= quote.start) continue;
    c.quote[x] = t.start === quote.start && OPEN_MARKS.has(doc.text[t.start] ?? "") ? 2 : t.end === quote.end ? 3 : 1;
  }
  markMentions(doc, c.mention);
  return c;
}

function markMentions(doc: ArticleDoc, out: Uint32Array): void {
  const tokens = doc.tokens ?? [];
  const mentions = [...(doc.mentions ?? [])].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const m of mentions) {
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= m.start) k++;
    for (let x = k; x < tokens.length && (tokens[x]?.start ?? Infinity) < m.end; x++) {
      out[x] = hashString(`${m.type}/${m.kind}/${x === k ? "B" : "I"}`);
    }
  }
}
