// Finds the article head in plain text: a headline on the first line, then
// byline, dateline and photo-credit lines, and returns them with their spans.
import type { Span } from "../../model/span.js";
import { parseDateline } from "./dateline.js";

export interface HeadMetadata {
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly head: readonly Span[];
  /** Head lines after the headline, and credit lines anywhere in the text. */
  readonly boilerplate: readonly Span[];
}

interface Line extends Span {
  readonly value: string;
}

const MAX_TITLE_LENGTH = 300;
const MAX_HEAD_LINE_LENGTH = 120;
const BYLINE = /^(?:by|written by|posted by)\s+(.+?)\s*$/i;
const CREDIT = /(?:'s photo|’s photo|^photo\b|^image\b|getty images|\breuters\b\s*$|^ap photo|^credit\b)/i;

/** Short lines anywhere that only credit a photo or agency ("Getty Images"). */
export function findCreditLines(text: string): Span[] {
  return linesOf(text, Number.POSITIVE_INFINITY)
    .filter((line) => line.value.length > 0 && line.value.length <= 60 && CREDIT.test(line.value) && !/[.!?"”]$/.test(line.value))
    .map(({ start, end }) => ({ start, end }));
}

function linesOf(text: string, limit: number): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== "" && lines.length < limit; m = re.exec(text)) {
    const value = m[0].replace(/[\r\n]+$/, "");
    const lead = value.length - value.trimStart().length;
    lines.push({ start: m.index + lead, end: m.index + value.trimEnd().length, value: value.trim() });
  }
  return lines;
}

/** Author names from a byline: "Tyler Durden", "Jane Doe and John Roe". */
function authorOf(line: string): string | null {
  const m = BYLINE.exec(line);
  return m?.[1] ? m[1].replace(/[,|].*$/, "").trim() || null : null;
}

/**
 * The head of an article. With `headline: false` (the caller knows the title
 * and the text does not start with it) only byline and dateline lines count.
 */
export function readHead(text: string, options: { headline?: boolean } = {}): HeadMetadata {
  const lines = linesOf(text, 12).filter((line) => line.value !== "");
  const first = lines[0];
  const credits = findCreditLines(text);
  const withHeadline = options.headline ?? true;
  if (!first || (withHeadline && first.value.length > MAX_TITLE_LENGTH)) return { title: null, author: null, published: null, head: [], boilerplate: credits };
  const head: Span[] = withHeadline ? [{ start: first.start, end: first.end }] : [];
  let author: string | null = null;
  let published: string | null = null;
  for (const line of withHeadline ? lines.slice(1) : lines) {
    if (line.value.length > MAX_HEAD_LINE_LENGTH) break;
    const byline = authorOf(line.value);
    const date = parseDateline(line.value);
    if (byline !== null && author === null) author = byline;
    else if (date !== null && published === null) published = date;
    else if (!CREDIT.test(line.value)) break;
    head.push({ start: line.start, end: line.end });
  }
  const boilerplate = [...head.slice(withHeadline ? 1 : 0), ...credits.filter((c) => !head.some((h) => h.start === c.start))];
  // Without a headline the head is empty: rules reading head[0] as the headline must not see a byline.
  return {
    title: withHeadline ? first.value : null,
    author,
    published,
    head: withHeadline ? head : [],
    boilerplate: boilerplate.sort((a, b) => a.start - b.start),
  };
}
