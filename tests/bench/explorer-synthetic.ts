// A synthetic news graph for the explorer benchmark: graphology-generators'
// clustered random graph (seeded), dressed as a newsgraph graph file with
// seeded positions, entity types and typed, weighted edges.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import clusters from "graphology-generators/random/clusters.js";
import type { EdgeType, EntityType, GraphFile } from "../../src/graph/serialized.js";

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: EntityType[] = ["Person", "Person", "Organization", "Place", "Group"];
const EDGES: EdgeType[] = ["said-about", "said-about", "said-about", "said-to", "met", "role"];

/** Writes graph.json and manifest.json of a synthetic graph; returns the folder. */
export function writeSyntheticBuild(order: number, size: number, seed = 1): string {
  const rng = seeded(seed);
  const g = clusters(MultiDirectedGraph, { order, size, clusters: Math.max(2, Math.round(order / 400)), rng });
  const spread = Math.sqrt(order) * 10;
  const file: GraphFile = {
    format: "newsgraph-graph",
    version: 1,
    graph: {
      options: { type: "directed", multi: true, allowSelfLoops: true },
      attributes: {},
      nodes: g.nodes().map((key, i) => ({
        key: `n${key}`,
        attributes: {
          label: `Entity ${key}`,
          type: TYPES[i % TYPES.length] ?? "Other",
          aliases: [],
          roles: [],
          mentions: 1 + Math.floor(rng() ** 3 * 200),
          articles: [],
          x: (rng() - 0.5) * spread,
          y: (rng() - 0.5) * spread,
        },
      })),
      edges: g.mapEdges((key, _a, source, target) => ({
        key: `e${key}`,
        source: `n${source}`,
        target: `n${target}`,
        attributes: { type: EDGES[Number(key) % EDGES.length] ?? "said-about", weight: 1 + Math.floor(rng() * 3), statements: [], relations: [], articles: [] },
      })),
    },
    statements: {},
    relations: {},
    articles: {},
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-bench-"));
  fs.writeFileSync(path.join(dir, "graph.json"), JSON.stringify(file));
  fs.writeFileSync(
    path.join(dir, "manifest.json"),
    JSON.stringify({ format: "newsgraph-build", version: 1, base: "https://w3id.org/newsgraph/data/", articles: [] }),
  );
  return dir;
}
