// Merges the graph file of newly extracted articles into the loaded one, the
// way the corpus merges articles: entities by id (mentions added, names and
// articles united), edges by key, and the record tables side by side.
import type { EdgeAttributes, GraphFile, NodeAttributes } from "../../src/graph/serialized.js";

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])].sort();

function mergeNode(old: NodeAttributes, add: NodeAttributes): NodeAttributes {
  const label = add.label.length > old.label.length ? add.label : old.label;
  const names = union(union(old.aliases, add.aliases), [old.label, add.label]).filter((n) => n !== label);
  const roles = [...old.roles];
  for (const r of add.roles) if (!roles.some((o) => o.title.toLowerCase() === r.title.toLowerCase() && o.of === r.of)) roles.push(r);
  return { ...old, label, aliases: names, roles, mentions: old.mentions + add.mentions, articles: union(old.articles, add.articles) };
}

function mergeEdge(old: EdgeAttributes, add: EdgeAttributes): EdgeAttributes {
  const statements = union(old.statements, add.statements);
  const relations = union(old.relations, add.relations);
  return { ...old, statements, relations, articles: union(old.articles, add.articles), weight: statements.length + relations.length };
}

export function mergeGraphFiles(base: GraphFile, add: GraphFile): GraphFile {
  const nodes = new Map(base.graph.nodes.map((n) => [n.key, n]));
  for (const n of add.graph.nodes) {
    const known = nodes.get(n.key);
    nodes.set(n.key, known ? { ...known, attributes: mergeNode(known.attributes as NodeAttributes, n.attributes as NodeAttributes) } : n);
  }
  const edges = new Map(base.graph.edges.map((e, i) => [e.key ?? `e${i}`, e]));
  add.graph.edges.forEach((e, i) => {
    const key = e.key ?? `${e.source}->${e.target}#${i}`;
    const known = edges.get(key);
    edges.set(key, known ? { ...known, attributes: mergeEdge(known.attributes as EdgeAttributes, e.attributes as EdgeAttributes) } : { ...e, key });
  });
  return {
    ...base,
    graph: { ...base.graph, nodes: [...nodes.values()], edges: [...edges.values()] },
    statements: { ...base.statements, ...add.statements },
    relations: { ...base.relations, ...add.relations },
    articles: { ...base.articles, ...add.articles },
  };
}
