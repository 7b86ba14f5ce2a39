// Finds quotations: text between matching quotation marks (curly or straight,
// or the doubled apostrophes some archives use: ''…''), including quotes that
// run over several paragraphs, where each continuing paragraph opens with a
// quotation mark and only the last one closes, and paragraphs that are one
// signed quotation whatever marks they hold ("”Mr. Trump …” ― Sonya Herridge").
import type { Span } from "../../model/span.js";

export interface Quotation extends Span {
  /** The span including the quotation marks. */
  readonly outer: Span;
}

const OPEN = new Set(["“", '"', "«", "„", "''"]);
const CLOSE_FOR: Readonly<Record<string, string>> = { "“": "”", '"': '"', "«": "»", "„": "“", "''": "''" };

/** The quotation mark at offset i ("''" counts as one), or "". */
function markAt(text: string, i: number): string {
  const ch = text[i] ?? "";
  return ch === "'" && text[i + 1] === "'" ? "''" : ch;
}

/** Quotations within one paragraph (a line), and unclosed openings. */
function scanParagraph(text: string, p: Span): { closed: Quotation[]; openAt: number | null } {
  const closed: Quotation[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = p.start; i < p.end; i++) {
    const mark = markAt(text, i);
    if (open) {
      if (mark === CLOSE_FOR[open.mark]) {
        const inner = open.at + open.mark.length;
        if (i > inner) closed.push({ start: inner, end: i, outer: { start: open.at, end: i + mark.length } });
        open = null;
        i += mark.length - 1;
      }
    } else if (OPEN.has(mark)) {
      open = { at: i, mark };
      i += mark.length - 1;
    }
  }
  return { closed, openAt: open?.at ?? null };
}

const SIGNED_PARAGRAPH = /^\s*[“"”]([\s\S]*\S)[”"]\s*[―—–]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}?[\p{L}.'’-]+){0,4}\.?\s*$/u;

/** A paragraph that is one quotation signed after a dash, as a quotation (its own marks may not pair). */
function signedParagraph(text: string, p: Span): Quotation | null {
  const m = SIGNED_PARAGRAPH.exec(text.slice(p.start, p.end));
  if (!m?.[1]) return null;
  const open = p.start + m[0].indexOf(m[1]) - 1;
  const end = open + 1 + m[1].length;
  return { start: open + 1, end, outer: { start: open, end: end + 1 } };
}

export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const signed = paragraphs.map((p) => signedParagraph(text, p)).filter((q): q is Quotation => q !== null);
  if (signed.length === 0) return pairedQuotations(text, paragraphs);
  const inSigned = (q: Quotation): boolean => signed.some((s) => s.outer.start <= q.outer.start && q.outer.start < s.outer.end);
  return [...pairedQuotations(text, paragraphs).filter((q) => !inSigned(q)), ...signed].sort((a, b) => a.start - b.start);
}

function pairedQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const found: Quotation[] = [];
  let pending: { at: number; mark: string } | null = null; // a quotation still open at a paragraph's end
  for (const p of paragraphs) {
    const opensWithQuote = OPEN.has(markAt(text, p.start));
    const { closed, openAt } = scanParagraph(text, p);
    if (pending !== null && !opensWithQuote) pending = null; // the quote was never closed: drop it
    if (pending !== null) {
      // continuing paragraph: its first quotation (or the whole paragraph) extends the pending one
      const first = closed[0];
      if (first && first.outer.start === p.start) {
        found.push({ start: pending.at + pending.mark.length, end: first.end, outer: { start: pending.at, end: first.outer.end } });
        closed.shift();
        pending = null;
      } else if (openAt === p.start) {
        continue;
      } else {
        pending = null;
      }
    }
    found.push(...closed);
    if (openAt !== null && pending === null) pending = { at: openAt, mark: markAt(text, openAt) };
  }
  return found;
}
