// Spans are the spine of the document model: character offsets into the
// article text (UTF-16 code units, end exclusive), never copied substrings.

export interface Span {
  /**
   * UTF-16 index of the first character.
   * @asType integer
   * @minimum 0
   */
  readonly start: number;
  /**
   * UTF-16 index one past the last character.
   * @asType integer
   * @minimum 0
   */
  readonly end: number;
}

/** A span together with the text it covers, as written to the public JSON. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function withText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: textOf(text, span) };
}

export function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Shrinks a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
