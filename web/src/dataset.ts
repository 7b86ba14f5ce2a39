// The loaded graph file as lookup tables: entities, edges with their ends,
// degrees, and the date each statement or relation counts under.
import type { EdgeAttributes, GraphFile, NodeAttributes, RelationRecord, StatementRecord } from "../../src/graph/serialized.js";

export type DataEdge = EdgeAttributes & { readonly source: string; readonly target: string };

export interface Dataset {
  readonly file: GraphFile;
  readonly nodes: ReadonlyMap<string, NodeAttributes>;
  readonly edges: ReadonlyMap<string, DataEdge>;
  /** Number of edges touching each entity, in the whole graph. */
  readonly degree: ReadonlyMap<string, number>;
  /** Article texts held in memory (pasted articles), by article id. */
  readonly texts: ReadonlyMap<string, string>;
}

export function toDataset(file: GraphFile, texts: ReadonlyMap<string, string> = new Map()): Dataset {
  const nodes = new Map(file.graph.nodes.map((n) => [n.key, n.attributes as NodeAttributes]));
  const edges = new Map<string, DataEdge>();
  const degree = new Map<string, number>();
  file.graph.edges.forEach((e, i) => {
    if (!nodes.has(e.source) || !nodes.has(e.target)) return;
    edges.set(e.key ?? `e${i}`, { ...(e.attributes as EdgeAttributes), source: e.source, target: e.target });
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  });
  return { file, nodes, edges, degree, texts };
}

/** The day (or month) a record counts under: its own date, else its article's. */
export function recordDate(file: GraphFile, record: StatementRecord | RelationRecord): string | null {
  const own = record.date;
  if (own && /^\d{4}-\d{2}(-\d{2})?/.test(own)) return own.slice(0, 10);
  const published = file.articles[record.article]?.published;
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/** Whether a date ("YYYY-MM-DD" or "YYYY-MM") falls in [from, to], bounds optional. */
export function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date > to.slice(0, date.length)) return false;
  return true;
}
