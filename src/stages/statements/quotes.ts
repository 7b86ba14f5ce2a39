// Finds quotations: text between matching quotation marks (curly or straight),
// including quotes that run over several paragraphs, where each continuing
// paragraph opens with a quotation mark and only the last one closes.
import type { Span } from "../../model/span.js";

export interface Quotation extends Span {
  /** The span including the quotation marks. */
  readonly outer: Span;
}

const OPEN = new Set(["“", '"', "«", "„"]);
const CLOSE_FOR: Readonly<Record<string, string>> = { "“": "”", '"': '"', "«": "»", "„": "“" };

/** Quotations within one paragraph (a line), and unclosed openings. */
function scanParagraph(text: string, p: Span): { closed: Quotation[]; openAt: number | null } {
  const closed: Quotation[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = p.start; i < p.end; i++) {
    const ch = text[i] ?? "";
    if (open) {
      if (ch === CLOSE_FOR[open.mark]) {
        if (i > open.at + 1) closed.push({ start: open.at + 1, end: i, outer: { start: open.at, end: i + 1 } });
        open = null;
      }
    } else if (OPEN.has(ch)) {
      open = { at: i, mark: ch };
    }
  }
  return { closed, openAt: open?.at ?? null };
}

export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const found: Quotation[] = [];
  let pending: number | null = null; // start of a quotation still open at a paragraph's end
  for (const p of paragraphs) {
    const opensWithQuote = OPEN.has(text[p.start] ?? "");
    const { closed, openAt } = scanParagraph(text, p);
    if (pending !== null && !opensWithQuote) pending = null; // the quote was never closed: drop it
    if (pending !== null) {
      // continuing paragraph: its first quotation (or the whole paragraph) extends the pending one
      const first = closed[0];
      if (first && first.outer.start === p.start) {
        found.push({ start: pending + 1, end: first.end, outer: { start: pending, end: first.outer.end } });
        closed.shift();
        pending = null;
      } else if (openAt === p.start) {
        continue;
      } else {
        pending = null;
      }
    }
    found.push(...closed);
    if (openAt !== null && pending === null) pending = openAt;
  }
  return found;
}
