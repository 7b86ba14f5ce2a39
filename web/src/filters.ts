// Which entities and edges the filters keep. Pure: the result feeds the sigma
// reducers (hidden: true) and the exports; nothing is written to the graph.
import type { RelationRecord, StatementRecord } from "../../src/graph/serialized.js";
import { type Dataset, inDateRange, recordDate } from "./dataset.js";
import type { Filters } from "./view-state.js";

export interface Visibility {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export function computeVisibility(data: Dataset, f: Filters): Visibility {
  const { file } = data;
  const byRecords = f.article !== null || f.from !== null || f.to !== null;
  const articleOk = (id: string): boolean => f.article === null || f.article === id;
  const recordOk = (r: StatementRecord | RelationRecord | undefined): boolean =>
    r !== undefined && articleOk(r.article) && inDateRange(recordDate(file, r), f.from, f.to);
  const typeOk = (id: string): boolean => {
    const n = data.nodes.get(id);
    return n !== undefined && (f.types === null || f.types.has(n.type));
  };

  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const [key, e] of data.edges) {
    if (f.edgeTypes !== null && !f.edgeTypes.has(e.type)) continue;
    if (!typeOk(e.source) || !typeOk(e.target)) continue;
    if (byRecords && !e.statements.some((id) => recordOk(file.statements[id])) && !e.relations.some((id) => recordOk(file.relations[id]))) continue;
    edges.add(key);
    touched.add(e.source).add(e.target);
  }

  const articleInRange = (id: string): boolean => articleOk(id) && inDateRange(file.articles[id]?.published?.slice(0, 10) ?? null, f.from, f.to);
  const degree = new Map<string, number>();
  for (const key of edges) {
    const e = data.edges.get(key);
    if (!e) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const minDegree = Math.max(f.minDegree, f.hideIsolated ? 1 : 0);
  const nodes = new Set<string>();
  for (const [id, n] of data.nodes) {
    if (!typeOk(id)) continue;
    if (byRecords && !touched.has(id) && !n.articles.some(articleInRange)) continue;
    if ((degree.get(id) ?? 0) < minDegree) continue;
    nodes.add(id);
  }
  for (const key of edges) {
    const e = data.edges.get(key);
    if (!e || !nodes.has(e.source) || !nodes.has(e.target)) edges.delete(key);
  }
  return { nodes, edges };
}
