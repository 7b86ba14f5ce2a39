// Sentences, tokens and part of speech from wink-nlp, mapped back onto the
// exact characters of the article. Line breaks always end a sentence: news
// text puts headlines, bylines and paragraphs on lines of their own.
import type { ArticleDoc, Sentence, Token } from "../../model/doc.js";
import type { Span } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import type { ItemSentence } from "wink-nlp";
import { winkForArticle } from "./wink.js";

/** Non-blank lines of the text, with their offsets (trimmed). */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const start = m.index + (line.length - line.trimStart().length);
    const end = m.index + line.trimEnd().length;
    if (end > start) paragraphs.push({ start, end });
  }
  return paragraphs;
}

interface Segmented {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/** Finds each token value in order, so offsets index the original text. */
function locateTokens(text: string, from: number, values: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cursor = from;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    // wink keeps token values verbatim; if one ever differs, fall back to the
    // next run of non-space characters rather than losing the token.
    const start = at >= 0 && text.slice(cursor, at).trim() === "" ? at : skipSpace(text, cursor);
    const end = at === start ? start + value.length : nextSpace(text, start);
    spans.push({ start, end });
    cursor = end;
  }
  return spans;
}

const skipSpace = (text: string, i: number): number => {
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
};
const nextSpace = (text: string, i: number): number => {
  while (i < text.length && !/\s/.test(text[i] ?? "")) i++;
  return i;
};

export function segmentText(text: string): Segmented {
  const nlp = winkForArticle();
  const its = nlp.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  findParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const doc = nlp.readDoc(text.slice(paragraph.start, paragraph.end));
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const spans = locateTokens(text, paragraph.start, values);
    doc.sentences().each((sentence: ItemSentence) => {
      const [first, last] = sentence.out(its.span) as unknown as [number, number];
      const startSpan = spans[first];
      const endSpan = spans[last];
      if (!startSpan || !endSpan) return;
      const index = sentences.length;
      sentences.push({ start: startSpan.start, end: endSpan.end, paragraph: paragraphIndex });
      for (let i = first; i <= last; i++) {
        const span = spans[i];
        if (span && span.end > span.start) tokens.push({ start: span.start, end: span.end, pos: pos[i] ?? "X", sentence: index });
      }
    });
  });
  return { sentences, tokens };
}

export const segmentStage: Stage = {
  name: "segment",
  requires: [],
  assigns: ["sentences", "tokens"],
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, ...segmentText(doc.text) }),
};
