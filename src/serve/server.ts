// `newsgraph serve`: the explorer and the data of one built folder, over HTTP
// on 127.0.0.1 only. The explorer's files come from dist/web; the folder's
// graph.json and article texts are served under /data/.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { readManifest } from "../build/read-build.js";
import { NewsgraphError } from "../pipeline/errors.js";
import { handleApi } from "./api.js";
import { setSecurityHeaders } from "./security.js";
import { createSparqlEndpoint } from "./sparql.js";

export interface ServeOptions {
  readonly dir: string;
  readonly port: number;
  /** Only loopback addresses are allowed. */
  readonly host?: string;
  /** Milliseconds a /sparql query may run. */
  readonly sparqlTimeoutMs?: number;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web");
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.has(host)) throw new NewsgraphError("E_BAD_OPTION", `refusing to listen on ${host}: newsgraph serve binds loopback addresses only`);
  readManifest(options.dir);
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html")))
    throw new NewsgraphError("E_NOT_FOUND", `the explorer is not built (${WEB_ROOT}); run "npm run build"`);
  const web = sirv(WEB_ROOT, { dev: false, etag: true, single: false });
  const data = sirv(path.resolve(options.dir), { dev: true, etag: true, dotfiles: false });
  const sparql = createSparqlEndpoint(options.dir, options.sparqlTimeoutMs);
  const server = http.createServer((req, res) => {
    setSecurityHeaders(res);
    if (req.url?.startsWith("/api/")) return void handleApi(req, res);
    if (/^\/sparql(\?|$)/.test(req.url ?? "")) return void sparql.handle(req, res);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("method not allowed\n");
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const notFound = (): void => {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
    };
    if (url.pathname.startsWith("/data/")) {
      const rel = url.pathname.slice("/data".length);
      if (!/^\/(graph\.json|texts\/[^/]+\.txt|extractions\/[^/]+\.json)$/.test(rel)) return notFound();
      req.url = rel;
      data(req, res, notFound);
      return;
    }
    web(req, res, notFound);
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE" ? new NewsgraphError("E_BAD_OPTION", `port ${options.port} is already in use; try --port ${options.port + 1}`) : error,
      );
    });
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
        close: () => {
          // Browsers keep connections alive; close() alone would wait for them forever.
          const closed = new Promise<void>((done) => server.close(() => done()));
          server.closeAllConnections();
          return Promise.all([sparql.close(), closed]).then(() => undefined);
        },
      });
    });
  });
}
