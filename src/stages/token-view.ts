// Read-only helpers over the token layer that the rule modules share.
import type { ArticleDoc, Token } from "../model/doc.js";
import { contains, type Span } from "../model/span.js";

export interface TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];
  word(i: number): string;
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

export function tokenView(doc: ArticleDoc): TokenView {
  const text = doc.text;
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const boilerplate: readonly Span[] = doc.meta.boilerplate;
  const word = (i: number): string => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end) : "";
  };
  const firstTokenOfSentence = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!firstTokenOfSentence.has(t.sentence)) firstTokenOfSentence.set(t.sentence, i);
  });
  const indexAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A paragraph is title case when most of its longer words are capitalised.
  const titleCaseParagraphs = new Set<number>();
  const stats = new Map<number, { caps: number; words: number }>();
  tokens.forEach((t, i) => {
    const w = word(i);
    const paragraph = sentences[t.sentence]?.paragraph ?? -1;
    if (!/^\p{L}{4,}$/u.test(w)) return;
    const s = stats.get(paragraph) ?? { caps: 0, words: 0 };
    s.words++;
    if (isCapitalised(w)) s.caps++;
    stats.set(paragraph, s);
  });
  // Title Case capitalises every longer word; prose dense with names does not.
  for (const [p, s] of stats) if (s.words >= 3 && s.caps / s.words >= 0.9) titleCaseParagraphs.add(p);
  return {
    text,
    tokens,
    word,
    inBoilerplate: (i) => {
      const t = tokens[i];
      return t !== undefined && boilerplate.some((b) => contains(b, t));
    },
    inTitleCase: (i) => titleCaseParagraphs.has(sentences[tokens[i]?.sentence ?? -1]?.paragraph ?? -2),
    sentenceStart: (i) => firstTokenOfSentence.get(tokens[i]?.sentence ?? -1) ?? i,
    sentenceEnd: (i) => {
      const s = tokens[i]?.sentence ?? -1;
      return firstTokenOfSentence.get(s + 1) ?? tokens.length;
    },
    indexAt,
    indexBefore: (offset) => {
      let k = indexAt(offset) - 1;
      while (k >= 0 && (tokens[k]?.end ?? 0) > offset) k--;
      return k;
    },
  };
}

export { isCapitalised };
