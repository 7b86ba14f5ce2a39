// Draws SPARQL JSON results as a plain text table for the terminal: one
// column per variable, IRIs in angle brackets, line breaks shown as ⏎.

interface JsonTerm {
  readonly type: string;
  readonly value: string;
}

export interface SparqlJson {
  readonly head: { readonly vars?: readonly string[] };
  readonly results?: { readonly bindings: readonly Readonly<Record<string, JsonTerm>>[] };
  readonly boolean?: boolean;
}

function cell(term: JsonTerm | undefined): string {
  if (!term) return "";
  const text = term.type === "uri" ? `<${term.value}>` : term.type === "bnode" ? `_:${term.value}` : term.value;
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, "⏎").replace(/\t/g, " ");
}

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - width(s)));

export function drawTable(json: SparqlJson): string {
  if (typeof json.boolean === "boolean") return `${json.boolean ? "yes" : "no"}\n`;
  const vars = json.head.vars ?? [];
  const rows = (json.results?.bindings ?? []).map((b) => vars.map((v) => cell(b[v])));
  const widths = vars.map((v, i) => Math.max(width(v), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const count = `${rows.length} row${rows.length === 1 ? "" : "s"}`;
  return [line(vars), rule, ...rows.map(line), count, ""].join("\n");
}
