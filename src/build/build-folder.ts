// `newsgraph build`: extract every article, then write the output folder:
// extractions/<id>.json, texts/<id>.txt, graph.json, graph.ttl, errors.json
// and manifest.json. One bad article is reported and the rest are built.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Quad } from "n3";
import { Corpus } from "../corpus/corpus.js";
import { extract } from "../extract.js";
import { buildGraph, toGraphFile } from "../graph/build-graph.js";
import { readArticleFile } from "../io/read-article.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import type { ExtractionResult } from "../model/result.js";
import { isNewsgraphError } from "../pipeline/errors.js";
import { articleQuads } from "../rdf/article-quads.js";
import { entityQuads } from "../rdf/entity-quads.js";
import { Iris } from "../rdf/iris.js";
import { sortQuads, writeN3 } from "../rdf/serialize.js";
import { articleIdFrom } from "../stages/read/plain-text.js";

export interface BuildOptions {
  readonly out: string;
  readonly base?: string;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

export interface BuildFailure {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

export interface BuildReport {
  readonly out: string;
  readonly articles: number;
  readonly failures: readonly BuildFailure[];
  readonly entitiesByType: Readonly<Record<string, number>>;
  readonly statements: number;
  readonly relations: number;
  readonly triples: number;
}

/** Article ids are unique in a build: a clash gets a short hash of its path. */
function uniqueId(file: string, used: Set<string>): string {
  const id = articleIdFrom(file);
  if (!used.has(id)) return id;
  return `${id}-${createHash("sha1").update(file).digest("hex").slice(0, 8)}`;
}

export async function buildFolder(files: readonly string[], options: BuildOptions): Promise<BuildReport> {
  const iris = new Iris(options.base === undefined ? {} : { base: options.base });
  const out = options.out;
  fs.mkdirSync(path.join(out, "extractions"), { recursive: true });
  fs.mkdirSync(path.join(out, "texts"), { recursive: true });
  const corpus = new Corpus();
  const quads: Quad[] = [];
  const failures: BuildFailure[] = [];
  const used = new Set<string>();
  let done = 0;
  for (const file of files) {
    try {
      const text = readArticleFile(file);
      const id = uniqueId(file, used);
      const result: ExtractionResult = extract(text, { id, source: file });
      used.add(id);
      writeFileAtomic(path.join(out, "extractions", `${id}.json`), `${JSON.stringify(result, null, 2)}\n`);
      writeFileAtomic(path.join(out, "texts", `${id}.txt`), text.replace(/^\uFEFF/, ""));
      corpus.add(result, text.replace(/^\uFEFF/, ""));
      quads.push(...articleQuads(result, iris));
    } catch (error) {
      if (isNewsgraphError(error)) failures.push({ file, code: error.code, message: error.message });
      else failures.push({ file, code: "E_INTERNAL", message: `${file}: extraction failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    options.onProgress?.(++done, files.length, file);
  }
  quads.push(...entityQuads(corpus.entities.values(), iris));
  const graph = buildGraph(corpus);
  writeFileAtomic(path.join(out, "graph.json"), `${JSON.stringify(toGraphFile(corpus, graph))}\n`);
  const turtle = await writeN3(quads, "ttl", iris.base);
  writeFileAtomic(path.join(out, "graph.ttl"), turtle);
  const entitiesByType: Record<string, number> = {};
  for (const e of corpus.entities.values()) entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
  const report: BuildReport = {
    out,
    articles: corpus.articles.size,
    failures,
    entitiesByType,
    statements: corpus.statements.size,
    relations: corpus.relations.size,
    triples: sortQuads(quads).length,
  };
  writeFileAtomic(path.join(out, "errors.json"), `${JSON.stringify(failures, null, 2)}\n`);
  writeFileAtomic(path.join(out, "manifest.json"), `${JSON.stringify({ format: "newsgraph-build", version: 1, base: iris.base, articles: [...corpus.articles.keys()].sort() }, null, 2)}\n`);
  return report;
}
