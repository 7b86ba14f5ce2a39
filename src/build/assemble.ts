// The corpus-wide outputs of a build, made from the per-article outputs on
// disk: articles are read one at a time into the corpus (facts only, no text)
// and streamed into graph.nq and graph.ttl, with entity ids made corpus-wide
// by cross-article identity; graph.json is written last.
import fs from "node:fs";
import { applyIdentity, identitySkeleton } from "../corpus/apply-identity.js";
import { Corpus } from "../corpus/corpus.js";
import type { IdentityMap } from "../corpus/identity.js";
import { resolveIdentitiesInBlocks } from "../corpus/identity-blocks.js";
import { statementRecords } from "../corpus/records.js";
import { buildGraph } from "../graph/build-graph.js";
import type { ExtractionResult } from "../model/result.js";
import { NewsgraphError } from "../pipeline/errors.js";
import type { Iris } from "../rdf/iris.js";
import type { OutPaths } from "./layout.js";
import { RdfStreams } from "./write-rdf.js";
import { writeGraphFile } from "./write-graph-file.js";

export interface AssembleReport {
  readonly entitiesByType: Readonly<Record<string, number>>;
  readonly statements: number;
  readonly relations: number;
  readonly triples: number;
}

export function readExtraction(file: string): ExtractionResult {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    throw new NewsgraphError("E_BAD_INPUT", `${file}: not a readable extraction result`);
  }
  if (typeof data !== "object" || data === null || !("article" in data) || !("entities" in data)) {
    throw new NewsgraphError("E_BAD_INPUT", `${file}: not an extraction result`);
  }
  return data as ExtractionResult;
}

/** Cross-article identity over the articles' skeletons (people, names, roles, pronouns): never the whole corpus in memory. */
function corpusIdentity(ids: readonly string[], paths: OutPaths): IdentityMap {
  return resolveIdentitiesInBlocks(ids.map((id) => identitySkeleton(readExtraction(paths.extraction(id)))));
}

/** `ids` sorted; `onArticle` reports progress. */
export async function assemble(ids: readonly string[], paths: OutPaths, iris: Iris, onArticle?: (done: number) => void): Promise<AssembleReport> {
  const corpus = new Corpus();
  const identity = corpusIdentity(ids, paths);
  const read = (id: string): ExtractionResult => applyIdentity(readExtraction(paths.extraction(id)), identity);
  const rdf = new RdfStreams(paths.nquads, paths.turtle, iris);
  try {
    ids.forEach((id, i) => {
      const result = read(id);
      corpus.add(result, null);
      rdf.addArticle(result);
      onArticle?.(i + 1);
    });
    await rdf.finish(corpus.entities.values());
  } catch (error) {
    rdf.abort();
    throw error;
  }
  const graph = buildGraph(corpus);
  writeGraphFile(paths.graphJson, corpus, graph, ids, (id) => statementRecords(read(id), fs.readFileSync(paths.text(id), "utf8")));
  const entitiesByType: Record<string, number> = {};
  for (const e of corpus.entities.values()) entitiesByType[e.type] = (entitiesByType[e.type] ?? 0) + 1;
  return { entitiesByType, statements: corpus.statements.size, relations: corpus.relations.size, triples: rdf.triples };
}
