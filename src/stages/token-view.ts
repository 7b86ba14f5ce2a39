// Read-only helpers over the token layer that the rule modules share. Every
// per-token answer is computed once, into arrays indexed by token.
import type { ArticleDoc, Token } from "../model/doc.js";
import type { Span } from "../model/span.js";

export interface TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];
  word(i: number): string;
  /** The word in lower case (computed once per token). */
  lower(i: number): string;
  /** Whether token i sits in the article head's byline, dateline or credits. */
  inBoilerplate(i: number): boolean;
  /** Whether token i's paragraph is written in Title Case or ALL CAPS. */
  inTitleCase(i: number): boolean;
  /** Index of the first token of token i's sentence. */
  sentenceStart(i: number): number;
  /** Index one past the last token of token i's sentence. */
  sentenceEnd(i: number): number;
  /** Index of the first token that starts at or after a character offset. */
  indexAt(offset: number): number;
  /** Index of the last token that ends at or before a character offset, or -1. */
  indexBefore(offset: number): number;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Whether a code unit is a letter, cheaply for ASCII. */
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /\p{L}/u.test(String.fromCharCode(c)));
const isUpperStart = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && isCapitalised(w));
};

/** Flags of tokens inside any of the (sorted or unsorted) spans. */
function insideSpans(tokens: readonly Token[], spans: readonly Span[], indexAt: (offset: number) => number): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (const s of spans) {
    for (let k = indexAt(s.start); k < tokens.length && (tokens[k]?.end ?? Infinity) <= s.end; k++) out[k] = 1;
  }
  return out;
}

const wordsCache = new WeakMap<readonly Token[], readonly string[]>();

/** The text of every token, computed once per token layer (stages share it). */
export function tokenWords(doc: ArticleDoc): readonly string[] {
  const tokens = doc.tokens ?? [];
  let words = wordsCache.get(tokens);
  if (!words) {
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      out[i] = doc.text.slice(t.start, t.end);
    }
    words = out;
    wordsCache.set(tokens, words);
  }
  return words;
}

export function tokenView(doc: ArticleDoc): TokenView {
  const text = doc.text;
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const n = tokens.length;
  const words = tokenWords(doc);
  const lowers = new Array<string | undefined>(n);
  const word = (i: number): string => words[i] ?? "";
  const lower = (i: number): string => {
    if (i < 0 || i >= n) return "";
    let l = lowers[i];
    if (l === undefined) lowers[i] = l = (words[i] ?? "").toLowerCase();
    return l;
  };
  const indexAt = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceFirst = new Int32Array(n);
  const sentenceNext = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && tokens[j]?.sentence === tokens[i]?.sentence) j++;
    sentenceFirst.fill(i, i, j);
    // as before: the first token of the next sentence number, else the end
    sentenceNext.fill(j < n && tokens[j]?.sentence === (tokens[i]?.sentence ?? 0) + 1 ? j : n, i, j);
    i = j;
  }
  // A paragraph is title case when most of its longer words are capitalised;
  // prose dense with names does not capitalise every longer word.
  // Paragraph indices are small: count in arrays (slot 0 for "no paragraph").
  const paragraphs = (sentences[sentences.length - 1]?.paragraph ?? 0) + 2;
  const caps = new Int32Array(paragraphs);
  const long = new Int32Array(paragraphs);
  const slot = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const paragraph = sentences[tokens[i]?.sentence ?? -1]?.paragraph;
    slot[i] = paragraph === undefined ? 0 : paragraph + 1;
    const w = words[i] ?? "";
    if (w.length < 4) continue;
    let letters = true;
    for (let k = 0; k < w.length && letters; k++) letters = isLetter(w.charCodeAt(k));
    if (!letters) continue;
    const p = slot[i] as number;
    long[p] = (long[p] as number) + 1;
    if (isUpperStart(w)) caps[p] = (caps[p] as number) + 1;
  }
  const titleCase = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = slot[i] as number;
    const words4 = long[p] as number;
    // tokens outside any paragraph are never in a title-case line
    if (p > 0 && words4 >= 3 && (caps[p] as number) / words4 >= 0.9) titleCase[i] = 1;
  }
  const boilerplate = insideSpans(tokens, doc.meta.boilerplate, indexAt);
  return {
    text,
    tokens,
    word,
    lower,
    inBoilerplate: (i) => boilerplate[i] === 1,
    inTitleCase: (i) => titleCase[i] === 1,
    sentenceStart: (i) => (i >= 0 && i < n ? (sentenceFirst[i] as number) : i),
    // out of range reads as sentence -1, which ends where sentence 0 starts
    sentenceEnd: (i) => (i >= 0 && i < n ? (sentenceNext[i] as number) : tokens[0]?.sentence === 0 ? 0 : n),
    indexAt,
    indexBefore: (offset) => {
      let k = indexAt(offset) - 1;
      while (k >= 0 && (tokens[k]?.end ?? 0) > offset) k--;
      return k;
    },
  };
}

export { isCapitalised };
