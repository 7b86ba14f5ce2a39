// The kind of a statement from its content and the quotations around it:
// direct (in quotation marks), mixed (a quoted fragment inside), indirect.
import type { Span } from "../../model/span.js";
import type { StatementKind } from "../../model/statement.js";
import type { Quotation } from "./quotes.js";

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether a statement's content lies (mostly) in quotation marks; the marks themselves do not count, so ''short,'' is direct. */
export function kindOf(content: Span, quotes: readonly Quotation[]): StatementKind {
  const inside = quotes.filter((q) => q.outer.start < content.end && content.start < q.outer.end);
  const covered = inside.reduce((n, q) => n + overlap(q, content), 0);
  const marks = inside.reduce((n, q) => n + overlap(q.outer, content) - overlap(q, content), 0);
  if (covered >= (content.end - content.start - marks) * 0.9) return "direct";
  return inside.length > 0 ? "mixed" : "indirect";
}
