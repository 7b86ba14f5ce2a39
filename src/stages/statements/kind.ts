// The kind of a statement from its content and the quotations around it:
// direct (in quotation marks), mixed (a quoted fragment inside), indirect.
import type { Span } from "../../model/span.js";
import type { StatementKind } from "../../model/statement.js";
import type { Quotation } from "./quotes.js";

/** Whether a statement's content lies (mostly) in quotation marks. */
export function kindOf(content: Span, quotes: readonly Quotation[]): StatementKind {
  const inside = quotes.filter((q) => q.outer.start < content.end && content.start < q.outer.end);
  const covered = inside.reduce((n, q) => n + Math.max(0, Math.min(q.end, content.end) - Math.max(q.start, content.start)), 0);
  if (covered >= (content.end - content.start) * 0.9) return "direct";
  return inside.length > 0 ? "mixed" : "indirect";
}
