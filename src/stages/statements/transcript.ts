// Transcript paragraphs ("WALLACE: Let's start …": a name in capitals and a
// colon open the paragraph, the rest is what they said) and quotations signed
// after a dash ("“…” ― Pamela Padilla").
import type { Mention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";

const TRANSCRIPT_LINE = /^[“"]?((?:[A-Z][A-Z.'’-]+ ){0,3}[A-Z][A-Z.'’-]+):[ \t]+(\S)/u;
const CLOSING = /[\s”"]+$/u;

/** Statements of the transcript paragraphs among `paragraphs` (at least two of them, else none). */
export function findTranscriptLines(text: string, paragraphs: readonly Span[], mentions: readonly Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const p of paragraphs) {
    const m = TRANSCRIPT_LINE.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m?.[1] || m.index === undefined) continue;
    const nameStart = p.start + m[0].indexOf(m[1]);
    const colon = nameStart + m[1].length;
    const contentStart = p.start + m[0].length - 1;
    const contentEnd = contentStart + text.slice(contentStart, p.end).replace(CLOSING, "").length;
    if (contentEnd - contentStart < 2) continue;
    const named = mentions.find((x) => x.entity && x.start >= nameStart && x.end <= colon);
    drafts.push({
      content: { start: contentStart, end: contentEnd },
      cue: { start: colon, end: colon + 1 },
      speaker: { start: nameStart, end: colon, entity: named?.entity ?? null },
      addressee: null,
      via: null,
      rule: "transcript",
    });
  }
  return drafts.length >= 2 ? drafts : [];
}

const SIGNATURE = /^\s*[―—–-]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}?[\p{L}.'’-]+){0,4})\.?\s*$/u;

/** Quotations signed after a dash at the end of their paragraph: "“…” ― Pamela Padilla". */
export function findSignedQuotes(text: string, paragraphs: readonly Span[], quotes: readonly Quotation[], mentions: readonly Mention[]): Draft[] {
  const drafts: Draft[] = [];
  for (const q of quotes) {
    const p = paragraphs.find((x) => x.start <= q.outer.end && q.outer.end <= x.end);
    if (!p) continue;
    const tail = text.slice(q.outer.end, p.end);
    const m = SIGNATURE.exec(tail);
    if (!m?.[1]) continue;
    const nameStart = q.outer.end + tail.indexOf(m[1]);
    const nameEnd = nameStart + m[1].length;
    const dash = q.outer.end + tail.search(/[―—–-]/u);
    const named = mentions.find((x) => x.entity && x.start >= nameStart && x.end <= nameEnd);
    drafts.push({
      content: { start: q.start, end: q.end },
      cue: { start: dash, end: dash + 1 },
      speaker: { start: nameStart, end: nameEnd, entity: named?.entity ?? null },
      addressee: null,
      via: null,
      rule: "signed-quote",
    });
  }
  return drafts;
}
