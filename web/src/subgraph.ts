// The filtered subgraph as a graph file of its own: the visible entities and
// links, and the statements, relations and articles behind them. It loads back
// into the explorer and feeds the Turtle export.
import type { ArticleRecord, GraphFile, NodeAttributes, RelationRecord, StatementRecord } from "../../src/graph/serialized.js";
import { type Dataset, inDateRange, recordDate } from "./dataset.js";
import type { Visibility } from "./filters.js";
import type { Filters } from "./view-state.js";

export function extractSubgraph(data: Dataset, visible: Visibility, f: Filters, position?: (id: string) => { x: number; y: number } | null): GraphFile {
  const { file } = data;
  const keep = (r: StatementRecord | RelationRecord | undefined): r is StatementRecord | RelationRecord =>
    r !== undefined && (f.article === null || r.article === f.article) && inDateRange(recordDate(file, r), f.from, f.to);
  const statements: Record<string, StatementRecord> = {};
  const relations: Record<string, RelationRecord> = {};
  const articles: Record<string, ArticleRecord> = {};
  const nodes = file.graph.nodes
    .filter((n) => visible.nodes.has(n.key))
    .map((n) => {
      const a = n.attributes as NodeAttributes;
      const p = position?.(n.key);
      return { key: n.key, attributes: { ...a, ...(p ? { x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 } : {}) } };
    });
  const edges = file.graph.edges.filter((e, i) => visible.edges.has(e.key ?? `e${i}`));
  for (const e of edges) {
    for (const id of e.attributes?.statements ?? []) {
      const s = file.statements[id];
      if (keep(s)) statements[id] = s;
    }
    for (const id of e.attributes?.relations ?? []) {
      const r = file.relations[id];
      if (keep(r)) relations[id] = r;
    }
  }
  for (const r of [...Object.values(statements), ...Object.values(relations)]) {
    const a = file.articles[r.article];
    if (a) articles[r.article] = a;
  }
  return {
    format: "newsgraph-graph",
    version: 1,
    graph: { ...file.graph, nodes, edges },
    statements,
    relations,
    articles,
  };
}
