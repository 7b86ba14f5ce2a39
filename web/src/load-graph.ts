// Fetches and checks graph.json: anything that is not a newsgraph graph file
// fails with a message that says what is wrong, not with a blank page.
import type { GraphFile } from "../../src/graph/serialized.js";

export class GraphLoadError extends Error {
  override readonly name = "GraphLoadError";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function validateGraphFile(data: unknown): GraphFile {
  if (!isRecord(data) || data.format !== "newsgraph-graph") throw new GraphLoadError('not a newsgraph graph file (format is not "newsgraph-graph")');
  if (data.version !== 1) throw new GraphLoadError(`unsupported graph file version ${String(data.version)}`);
  const graph = data.graph;
  if (!isRecord(graph) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new GraphLoadError("graph file has no nodes/edges arrays");
  graph.nodes.forEach((n: unknown, i: number) => {
    if (!isRecord(n) || typeof n.key !== "string" || !isRecord(n.attributes)) throw new GraphLoadError(`node ${i} has no key or attributes`);
    const a = n.attributes;
    if (typeof a.x !== "number" || typeof a.y !== "number" || typeof a.label !== "string") throw new GraphLoadError(`node "${n.key}" lacks x, y or label`);
  });
  for (const field of ["statements", "relations", "articles"] as const) {
    if (!isRecord(data[field])) throw new GraphLoadError(`graph file has no ${field} table`);
  }
  return data as unknown as GraphFile;
}

export async function loadGraphFile(url: string): Promise<GraphFile> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new GraphLoadError(`could not fetch ${url}`);
  }
  if (!response.ok) throw new GraphLoadError(`could not load ${url}: HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new GraphLoadError(`${url} is not valid JSON`);
  }
  return validateGraphFile(data);
}
