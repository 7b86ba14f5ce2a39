// Joins an extracted article to the explorer: merges its graph file, places
// its new entities next to the neighbours they already have (or in a small
// cluster beside the graph), and says what was added.
import { toDataset } from "./dataset.js";
import type { Explorer } from "./explorer.js";
import { mergeGraphFiles } from "./merge.js";
import type { ExtractedArticle } from "./paste.js";
import { addToRenderGraph } from "./render-graph.js";

export function mergeNewArticle(app: Explorer, added: ExtractedArticle): string {
  const full = added.graph.articles[added.article]?.title ?? added.article;
  const title = full.length > 80 ? `${full.slice(0, 77)}…` : full;
  if (app.data.file.articles[added.article]) throw new Error(`"${title}" is already in the graph`);
  const before = app.data.nodes.size;
  const merged = mergeGraphFiles(app.data.file, added.graph);
  const texts = new Map(app.data.texts).set(added.article, added.text);
  const data = toDataset(merged, texts);

  // where the new entities go: the existing graph's box, and the fragment's own layout
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  app.graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (!Number.isFinite(minX)) [minX, maxX, minY, maxY] = [0, 1, 0, 1];
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const frag = new Map(added.graph.graph.nodes.map((n) => [n.key, n.attributes as { x: number; y: number }]));
  const fx = [...frag.values()].map((p) => p.x);
  const fy = [...frag.values()].map((p) => p.y);
  const fragExtent = Math.max(Math.max(...fx) - Math.min(...fx), Math.max(...fy) - Math.min(...fy), 1);
  const scale = (extent * 0.25) / fragExtent;
  const place = (id: string): { x: number; y: number } => {
    const known = [...data.edges.values()]
      .flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []))
      .filter((n) => app.graph.hasNode(n));
    const jitter = ((id.length * 7919) % 100) / 100 - 0.5;
    if (known.length) {
      const x = known.reduce((s, n) => s + app.graph.getNodeAttribute(n, "x"), 0) / known.length;
      const y = known.reduce((s, n) => s + app.graph.getNodeAttribute(n, "y"), 0) / known.length;
      return { x: x + jitter * extent * 0.05, y: y - jitter * extent * 0.05 };
    }
    const p = frag.get(id) ?? { x: 0, y: 0 };
    return { x: maxX + extent * 0.15 + (p.x - Math.min(...fx)) * scale, y: (minY + maxY) / 2 + (p.y - (Math.min(...fy) + Math.max(...fy)) / 2) * scale };
  };
  addToRenderGraph(app.graph, data, place);
  // index the new nodes in sigma before anything repaints them
  app.renderer.refresh();
  app.setData(data);
  const fresh = data.nodes.size - before;
  const statements = Object.keys(added.graph.statements).length;
  return `Added “${title}”: ${fresh} new entit${fresh === 1 ? "y" : "ies"}, ${statements} statement${statements === 1 ? "" : "s"}`;
}
