// The read-only SPARQL 1.1 Protocol endpoint at /sparql: GET ?query=, POST
// as a form or as application/sparql-query, with default-graph-uri and
// named-graph-uri; results by content negotiation; updates refused with 403;
// each query stopped at the configured timeout.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isNewsgraphError } from "../pipeline/errors.js";
import { SparqlEngine } from "../query/engine.js";
import { GRAPH_FORMATS, MEDIA_TYPE, type OutputFormat } from "../query/formats.js";
import { isGraphForm } from "../query/formats.js";
import { checkReadOnly, type QueryDataset } from "../query/sparql.js";

export const DEFAULT_SPARQL_TIMEOUT_MS = 10_000;
const MAX_QUERY_BYTES = 1024 * 1024;

/** Media types a client may ask for, by format; the first of each list is the default. */
const ACCEPTS: readonly (readonly [string, OutputFormat])[] = [
  ["application/sparql-results+json", "json"],
  ["application/json", "json"],
  ["application/sparql-results+xml", "xml"],
  ["application/xml", "xml"],
  ["text/csv", "csv"],
  ["text/tab-separated-values", "tsv"],
  ["text/plain", "table"],
  ["text/turtle", "ttl"],
  ["application/n-triples", "nt"],
  ["application/rdf+xml", "rdfxml"],
];

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The best format the Accept header allows for a query form (defaults: JSON results, Turtle graphs). */
export function negotiate(accept: string | undefined, graph: boolean): OutputFormat {
  const fits = (f: OutputFormat): boolean => (GRAPH_FORMATS as readonly string[]).includes(f) === graph;
  const ranges = (accept ?? "")
    .split(",")
    .map((part, i) => {
      const [type = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(
        params
          .map((p) => p.trim())
          .find((p) => p.startsWith("q="))
          ?.slice(2) ?? 1,
      );
      return { type: type.trim(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) {
    const hit = ACCEPTS.find(
      ([type, f]) => fits(f) && (type === r.type || r.type === "*/*" || (r.type.endsWith("/*") && type.startsWith(r.type.slice(0, -1)))),
    );
    if (hit) return hit[1];
  }
  return graph ? "ttl" : "json";
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_QUERY_BYTES) chunks.push(chunk);
    });
    req.on("end", () =>
      size > MAX_QUERY_BYTES ? reject(new HttpError(413, "the query is larger than 1 MB")) : resolve(Buffer.concat(chunks).toString("utf8")),
    );
    req.on("error", reject);
  });
}

interface Request {
  readonly query: string;
  readonly dataset: QueryDataset;
}

const datasetOf = (params: URLSearchParams): QueryDataset => ({
  defaultGraphs: params.getAll("default-graph-uri"),
  namedGraphs: params.getAll("named-graph-uri"),
});

/** The query text and dataset of a GET or POST request, refusing updates. */
async function queryOf(req: IncomingMessage, url: URL): Promise<Request> {
  if (req.method === "GET" || req.method === "HEAD") {
    if (url.searchParams.has("update")) throw new HttpError(403, "this endpoint is read-only: SPARQL updates are refused");
    const query = url.searchParams.get("query");
    if (query === null) throw new HttpError(400, "no query: send GET /sparql?query=… or POST a query (SPARQL 1.1 Protocol)");
    return { query, dataset: datasetOf(url.searchParams) };
  }
  if (req.method !== "POST") throw new HttpError(405, "use GET or POST");
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  const body = await readBody(req);
  if (type === "application/sparql-update") throw new HttpError(403, "this endpoint is read-only: SPARQL updates are refused");
  if (type === "application/sparql-query") return { query: body, dataset: datasetOf(url.searchParams) };
  if (type === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(body);
    if (form.has("update")) throw new HttpError(403, "this endpoint is read-only: SPARQL updates are refused");
    const query = form.get("query");
    if (query === null) throw new HttpError(400, "no query: the form has no query field");
    return { query, dataset: datasetOf(form) };
  }
  throw new HttpError(415, "POST a query as application/sparql-query or as a form (application/x-www-form-urlencoded)");
}

const STATUS: Readonly<Record<string, number>> = { E_QUERY: 400, E_BAD_OPTION: 400, E_READ_ONLY: 403, E_TIMEOUT: 503 };

export interface SparqlEndpoint {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): Promise<void>;
}

/** Starts loading the folder at once; requests wait until it is loaded. */
export function createSparqlEndpoint(dir: string, timeoutMs = DEFAULT_SPARQL_TIMEOUT_MS): SparqlEndpoint {
  const engine = SparqlEngine.start({ dir, timeoutMs });
  engine.catch(() => undefined);
  const fail = (res: ServerResponse, status: number, message: string): void => {
    const headers: Record<string, string> = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
    if (status === 405) headers.Allow = "GET, HEAD, POST";
    res.writeHead(status, headers).end(`${message}\n`);
  };
  return {
    async handle(req, res) {
      try {
        const url = new URL(req.url ?? "/", "http://localhost");
        const { query, dataset } = await queryOf(req, url);
        const form = checkReadOnly(query);
        const format = negotiate(req.headers.accept, isGraphForm(form));
        const out = await (await engine).query(query, format, timeoutMs, dataset);
        res.writeHead(200, {
          "Content-Type": MEDIA_TYPE[out.format],
          "Cache-Control": "no-store",
          Vary: "Accept",
          "Server-Timing": `query;dur=${out.ms.toFixed(1)}`,
          "X-Query-Timeout-Ms": String(timeoutMs),
        });
        res.end(req.method === "HEAD" ? undefined : out.body);
      } catch (error) {
        if (error instanceof HttpError) return fail(res, error.status, error.message);
        if (isNewsgraphError(error)) return fail(res, STATUS[error.code] ?? 500, error.message);
        fail(res, 500, `internal error: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async close() {
      await (await engine.catch(() => null))?.close();
    },
  };
}
