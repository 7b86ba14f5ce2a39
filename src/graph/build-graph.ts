// Builds the graphology graph of a corpus: entities as nodes, and typed edges
// (said-about, said-to, met, role) that carry the statements and relations
// behind them. Knows nothing about RDF.
import { MultiDirectedGraph } from "graphology";
import type { Corpus } from "../corpus/corpus.js";
import { layoutGraph } from "./layout.js";
import type { EdgeAttributes, EdgeType, GraphFile, NodeAttributes } from "./serialized.js";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

interface EdgeDraft {
  type: EdgeType;
  source: string;
  target: string;
  statements: Set<string>;
  relations: Set<string>;
  articles: Set<string>;
}

const RELATION_EDGE: Readonly<Record<string, EdgeType>> = { met: "met", role: "role", "member-of": "member-of", "located-in": "located-in" };

function collectEdges(corpus: Corpus): EdgeDraft[] {
  const edges = new Map<string, EdgeDraft>();
  const add = (type: EdgeType, source: string, target: string, article: string, statement?: string, relation?: string): void => {
    if (source === target || !corpus.entities.has(source) || !corpus.entities.has(target)) return;
    const key = `${type}:${source}->${target}`;
    const e = edges.get(key) ?? { type, source, target, statements: new Set(), relations: new Set(), articles: new Set() };
    if (statement) e.statements.add(statement);
    if (relation) e.relations.add(relation);
    e.articles.add(article);
    edges.set(key, e);
  };
  for (const s of corpus.statements.values()) {
    const speaker = s.speaker?.entity;
    if (!speaker) continue;
    for (const about of s.about) add("said-about", speaker, about, s.article, s.id);
    if (s.addressee) add("said-to", speaker, s.addressee, s.article, s.id);
  }
  for (const r of corpus.relations.values()) {
    const type = RELATION_EDGE[r.predicate];
    // meeting is mutual: "X met Y" and "the Y-X summit" are one edge, in id order
    const [source, target] = type === "met" && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    if (type) add(type, source, target, r.article, undefined, r.id);
  }
  return [...edges.values()];
}

const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();

export function buildGraph(corpus: Corpus): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph();
  for (const id of sorted(corpus.entities.keys())) {
    const e = corpus.entities.get(id);
    if (!e) continue;
    graph.addNode(id, {
      label: e.label,
      type: e.type,
      aliases: sorted(e.aliases),
      roles: sorted(e.roles.keys()).map((k) => e.roles.get(k) ?? { title: k, of: null }),
      mentions: e.mentions,
      articles: sorted(e.articles),
      ...(e.geo ? { geo: e.geo } : {}),
      x: 0,
      y: 0,
    });
  }
  const edges = collectEdges(corpus).sort((a, b) => (`${a.type}:${a.source}->${a.target}` < `${b.type}:${b.source}->${b.target}` ? -1 : 1));
  for (const e of edges) {
    const statements = sorted(e.statements);
    const relations = sorted(e.relations);
    graph.addDirectedEdgeWithKey(`${e.type}:${e.source}->${e.target}`, e.source, e.target, {
      type: e.type,
      weight: statements.length + relations.length,
      statements,
      relations,
      articles: sorted(e.articles),
    });
  }
  layoutGraph(graph);
  return graph;
}

/** The whole graph.json: the graph plus the records the explorer shows. */
export function toGraphFile(corpus: Corpus, graph: NewsGraph): GraphFile {
  const byKey = <T>(m: Map<string, T>): Record<string, T> => Object.fromEntries(sorted(m.keys()).map((k) => [k, m.get(k) as T]));
  return {
    format: "newsgraph-graph",
    version: 1,
    graph: graph.export(),
    statements: byKey(corpus.statements),
    relations: byKey(corpus.relations),
    articles: byKey(corpus.articles),
  };
}
