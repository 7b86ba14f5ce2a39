// Where pushed triples go: a Graph Store HTTP Protocol endpoint (PUT replaces
// a graph, POST adds to it) or a SPARQL Update endpoint (DROP + INSERT DATA).
import { NewsgraphError } from "../../pipeline/errors.js";
import type { AuthFetch } from "./http-auth.js";

export interface GraphTarget {
  readonly protocol: "gsp" | "update";
  /** Replaces the graph's content with these N-Triples lines. */
  replace(graph: string, ntriples: string): Promise<void>;
  /** Adds these N-Triples lines to the graph. */
  append(graph: string, ntriples: string): Promise<void>;
}

/** Thrown when the endpoint does not speak the protocol, so push can fall back. */
export class UnsupportedProtocol extends Error {}

async function check(res: Response, what: string): Promise<void> {
  if (res.ok) {
    await res.body?.cancel();
    return;
  }
  const body = (await res.text())
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
  if (res.status === 401 || res.status === 403) throw new NewsgraphError("E_REMOTE", `${what}: ${res.status} ${res.statusText}; check --user and --password`);
  if ([404, 405, 415, 501].includes(res.status)) throw new UnsupportedProtocol(`${what}: ${res.status} ${res.statusText}`);
  throw new NewsgraphError("E_REMOTE", `${what}: ${res.status} ${res.statusText}${body ? `: ${body}` : ""}`);
}

export function graphStore(endpoint: string, http: AuthFetch): GraphTarget {
  const send = async (method: "PUT" | "POST", graph: string, ntriples: string): Promise<void> => {
    const url = new URL(endpoint);
    url.searchParams.set("graph", graph);
    const res = await http.request(url, { method, headers: { "Content-Type": "application/n-triples; charset=utf-8" }, body: ntriples });
    await check(res, `${method} ${graph} to ${endpoint}`);
  };
  return { protocol: "gsp", replace: (g, nt) => send("PUT", g, nt), append: (g, nt) => send("POST", g, nt) };
}

export function sparqlUpdate(endpoint: string, http: AuthFetch): GraphTarget {
  const send = async (update: string, graph: string): Promise<void> => {
    const res = await http.request(new URL(endpoint), {
      method: "POST",
      headers: { "Content-Type": "application/sparql-update; charset=utf-8" },
      body: update,
    });
    await check(res, `SPARQL update of ${graph} at ${endpoint}`);
  };
  const insert = (graph: string, ntriples: string): string => `INSERT DATA { GRAPH <${graph}> {\n${ntriples}} }`;
  return {
    protocol: "update",
    replace: (g, nt) => send(`DROP SILENT GRAPH <${g}> ;\n${insert(g, nt)}`, g),
    append: (g, nt) => send(insert(g, nt), g),
  };
}
