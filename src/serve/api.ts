// The explorer's JSON API: POST /api/extract runs the extraction pipeline on a
// pasted article and answers with a graph file of that article alone, which
// the explorer merges into its graph. The explorer extracts in the page
// itself; this is its fallback when the page cannot load the models, and an
// API for scripts. Everything else under /api/ is 404.
import type { IncomingMessage, ServerResponse } from "node:http";
import { extractArticleGraph, MAX_ARTICLE_BYTES, normaliseArticleText, pastedArticleId } from "../graph/article-graph.js";
import { isNewsgraphError } from "../pipeline/errors.js";

/** The largest article body accepted, in bytes. */
export const MAX_BODY_BYTES = MAX_ARTICLE_BYTES;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers }).end(`${JSON.stringify(body)}\n`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES) return reject(new ApiError(413, "E_TOO_LARGE", `the article is larger than ${MAX_BODY_BYTES / 1024} KB`));
    const chunks: Buffer[] = [];
    let size = 0;
    // past the limit the rest is read and dropped, so the 413 reaches the client
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        reject(new ApiError(413, "E_TOO_LARGE", `the article is larger than ${MAX_BODY_BYTES / 1024} KB`));
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Reads `{ "text": string, "title"?: string }`; anything else is a clear 400. */
function parseArticle(body: string): { text: string; title: string | null } {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new ApiError(400, "E_BAD_INPUT", "the request body is not valid JSON");
  }
  const { text, title } = (typeof data === "object" && data !== null ? data : {}) as { text?: unknown; title?: unknown };
  if (typeof text !== "string") throw new ApiError(400, "E_BAD_INPUT", 'the request needs a "text" string');
  if (!text.trim()) throw new ApiError(400, "E_EMPTY", "the article is empty");
  if (title !== undefined && title !== null && typeof title !== "string") throw new ApiError(400, "E_BAD_INPUT", '"title" must be a string');
  return { text: normaliseArticleText(text), title: typeof title === "string" && title.trim() ? title.trim().slice(0, 300) : null };
}

async function extractArticle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) throw new ApiError(415, "E_BAD_INPUT", "send the article as application/json");
  const { text, title } = parseArticle(await readBody(req));
  send(res, 200, extractArticleGraph(pastedArticleId(text), text, title));
}

/** Handles a request under /api/; the caller has already set the security headers. */
export async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    // a page on another origin must not drive the local server
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host ?? ""}`) throw new ApiError(403, "E_FORBIDDEN", "cross-origin requests are not allowed");
    if (url.pathname !== "/api/extract") throw new ApiError(404, "E_NOT_FOUND", `no API at ${url.pathname}`);
    if (req.method !== "POST") {
      send(res, 405, { error: { code: "E_METHOD", message: "use POST" } }, { Allow: "POST" });
      return;
    }
    await extractArticle(req, res);
  } catch (error) {
    if (error instanceof ApiError) send(res, error.status, { error: { code: error.code, message: error.message } });
    else if (isNewsgraphError(error)) send(res, 422, { error: { code: error.code, message: error.message } });
    else send(res, 500, { error: { code: "E_INTERNAL", message: `extraction failed: ${error instanceof Error ? error.message : String(error)}` } });
  }
}
