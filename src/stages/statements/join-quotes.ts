// Quotations that go on after their cue's sentence: "“…,” he said, referring
// to …. “…”" is one attribution whose content runs over both quotations, when
// nothing else claims the second one and the words between weigh less than
// the quotations joined.
import type { Span } from "../../model/span.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";

const words = (view: TokenView, a: number, b: number): number => Math.max(0, view.indexAt(b) - view.indexAt(a));

/** Whether joining contents of a and b tokens over `middle` tokens brings a gold-like whole closer than either alone. */
export function worthJoining(a: number, b: number, middle: number): boolean {
  return (a + b) * (a + b) >= Math.max(a, b) * (a + b + middle);
}

export function joinFollowingQuotes(view: TokenView, drafts: readonly Draft[], quotes: readonly Quotation[], paragraphs: readonly Span[]): Draft[] {
  const claimed = (q: Quotation): boolean => drafts.some((d) => d.content.start < q.end && q.start < d.content.end);
  return drafts.map((d) => {
    const own = quotes.find((q) => Math.abs(q.end - d.content.end) <= 2 || Math.abs(q.outer.end - d.content.end) <= 2);
    if (!own || !d.cue) return d;
    const p = paragraphs.find((x) => x.start <= own.start && own.start < x.end);
    const next = quotes.find((q) => q.outer.start >= own.outer.end && p !== undefined && q.outer.start < p.end);
    if (!next || claimed(next)) return d;
    // the words between are the cue's sentence: no other attribution sits there
    if (drafts.some((o) => o !== d && o.content.start >= own.outer.end && o.content.start < next.outer.start)) return d;
    const a = words(view, d.content.start, d.content.end);
    const b = words(view, next.start, next.end);
    const middle = words(view, own.outer.end, next.outer.start);
    return worthJoining(a, b, middle) ? { ...d, content: { start: d.content.start, end: next.end } } : d;
  });
}
