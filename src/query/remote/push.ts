// Pushes a built folder into a SPARQL 1.1 store: one named graph per article
// plus one for the entities (or all into --graph), each replaced by its first
// batch and extended by the rest, so a rerun leaves the store as one run does.
// Uses the Graph Store HTTP Protocol, falling back to SPARQL Update.
import { NewsgraphError } from "../../pipeline/errors.js";
import { sortQuads } from "../../rdf/serialize.js";
import { lines } from "../../rdf/stream.js";
import type { BuildDataset } from "../build-dataset.js";
import { AuthFetch, type Credentials } from "./http-auth.js";
import { type GraphTarget, graphStore, sparqlUpdate, UnsupportedProtocol } from "./targets.js";

export type PushProtocol = "auto" | "gsp" | "update";

export interface PushOptions {
  /** Graph Store Protocol endpoint (e.g. Virtuoso's /sparql-graph-crud-auth). */
  readonly endpoint: string;
  /** SPARQL Update endpoint, used when the protocol is "update" or GSP is not supported. */
  readonly updateEndpoint?: string;
  readonly protocol?: PushProtocol;
  /** Load everything into this one graph instead of one graph per article. */
  readonly graph?: string;
  readonly credentials?: Credentials;
  /** Triples per request. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number, graph: string) => void;
}

export interface PushReport {
  readonly graphs: number;
  readonly triples: number;
  readonly requests: number;
  readonly bytes: number;
  readonly ms: number;
  readonly protocol: "gsp" | "update";
}

export const DEFAULT_BATCH_SIZE = 10_000;

function batches(text: string, size: number): string[] {
  const all = text.split(/(?<=\n)/);
  const out: string[] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size).join(""));
  return out.length ? out : [""];
}

export async function pushBuild(dataset: BuildDataset, options: PushOptions): Promise<PushReport> {
  const started = performance.now();
  const http = new AuthFetch(options.credentials ?? null);
  const protocol = options.protocol ?? "auto";
  const update = options.updateEndpoint === undefined ? null : sparqlUpdate(options.updateEndpoint, http);
  if (protocol === "update" && !update) throw new NewsgraphError("E_BAD_OPTION", "--protocol update needs --update-endpoint URL");
  let target: GraphTarget = protocol === "update" && update ? update : graphStore(options.endpoint, http);
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const total = dataset.manifest.articles.length + 1;
  let graphs = 0;
  let triples = 0;
  let requests = 0;
  let bytes = 0;
  let replaced = false;
  const send = async (replace: boolean, graph: string, body: string): Promise<void> => {
    try {
      await (replace ? target.replace(graph, body) : target.append(graph, body));
    } catch (error) {
      if (!(error instanceof UnsupportedProtocol)) throw error;
      if (protocol !== "auto" || target.protocol === "update" || !update) {
        throw new NewsgraphError(
          "E_REMOTE",
          `${error.message}; is it a Graph Store Protocol endpoint? Give --update-endpoint to load through SPARQL Update instead`,
        );
      }
      target = update;
      await (replace ? target.replace(graph, body) : target.append(graph, body));
    }
    requests++;
    bytes += Buffer.byteLength(body);
  };
  for (const chunk of dataset.chunks(true)) {
    const graph = options.graph ?? chunk.graph;
    if (graph === null) continue;
    const quads = sortQuads(chunk.quads);
    const parts = target.protocol === "update" ? batches(lines(quads, "nt"), Math.min(size, 2000)) : batches(lines(quads, "nt"), size);
    for (const [i, body] of parts.entries()) {
      const replace = options.graph === undefined ? i === 0 : !replaced;
      await send(replace, graph, body);
      replaced = true;
    }
    graphs++;
    triples += quads.length;
    options.onProgress?.(graphs, total, graph);
  }
  return { graphs: options.graph === undefined ? graphs : 1, triples, requests, bytes, ms: performance.now() - started, protocol: target.protocol };
}
