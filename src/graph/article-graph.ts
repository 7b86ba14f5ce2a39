// One article, extracted and turned into a graph file of its own: what the
// explorer merges when a user adds an article, whether the extraction ran in
// the page (web/src/extract-worker.ts) or on the local server (POST /api/extract).
// Browser-safe: no Node imports.
import { Corpus } from "../corpus/corpus.js";
import { extract } from "../extract.js";
import { NewsgraphError } from "../pipeline/errors.js";
import { buildGraph, toGraphFile } from "./build-graph.js";
import type { GraphFile } from "./serialized.js";

/** The largest article accepted, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 512 * 1024;

export interface ExtractedArticle {
  readonly article: string;
  /** The text as extracted (offsets in the graph index it). */
  readonly text: string;
  readonly graph: GraphFile;
}

/** Text as the pipeline reads it: no byte-order mark, "\n" line ends. */
export function normaliseArticleText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The id of a pasted article, from a 64-bit hash of its normalised text: the
 * same text gets the same id wherever it was extracted (page or server), with
 * no need for Web Crypto, which pages served over plain HTTP lack.
 */
export function pastedArticleId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (x: number): string => (x >>> 0).toString(16).padStart(8, "0");
  return `pasted-${hex(a)}${hex(b).slice(0, 4)}`;
}

/** Extracts `text` (already normalised) as article `id` and returns its graph file. */
export function extractArticleGraph(id: string, text: string, title: string | null): ExtractedArticle {
  if (!text.trim()) throw new NewsgraphError("E_EMPTY", "the article is empty");
  if (new TextEncoder().encode(text).length > MAX_ARTICLE_BYTES)
    throw new NewsgraphError("E_TOO_LARGE", `the article is larger than ${MAX_ARTICLE_BYTES / 1024} KB`);
  const result = extract(text, { id, source: "pasted", ...(title ? { title } : {}) });
  const corpus = new Corpus();
  corpus.add(result, text);
  return { article: id, text, graph: toGraphFile(corpus, buildGraph(corpus)) };
}
