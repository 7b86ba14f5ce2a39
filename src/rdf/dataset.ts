// The RDF dataset of many extraction results, one chunk per article (its own
// named graph when `named`) and a last chunk of corpus-level entity facts.
// Chunks are produced one at a time, so a corpus streams through memory.
import type { Quad } from "n3";
import { Corpus } from "../corpus/corpus.js";
import type { ExtractionResult } from "../model/result.js";
import { articleQuads } from "./article-quads.js";
import { entityQuads } from "./entity-quads.js";
import type { Iris } from "./iris.js";

export interface DatasetChunk {
  /** The named graph of the chunk, or null for the default graph. */
  readonly graph: string | null;
  /** The article id, or null for the entities chunk. */
  readonly article: string | null;
  readonly quads: readonly Quad[];
  /** IRI prefixes of the resources only this chunk describes (its article, statements, relations). */
  readonly scope: readonly string[];
}

export interface DatasetOptions {
  /** One named graph per article plus one for entities; else all in the default graph. */
  readonly named: boolean;
}

export function* datasetChunks(results: Iterable<ExtractionResult>, iris: Iris, options: DatasetOptions): Generator<DatasetChunk> {
  const corpus = new Corpus();
  for (const result of results) {
    corpus.add(result, null);
    const id = result.article.id;
    const graph = options.named ? iris.articleGraph(id) : null;
    const scope = [iris.article(id), iris.statement(id, ""), iris.relation(id, "")];
    yield { graph, article: id, quads: articleQuads(result, iris, graph ?? undefined), scope };
  }
  const graph = options.named ? iris.entitiesGraph() : null;
  const entities = [...corpus.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  yield { graph, article: null, quads: entityQuads(entities, iris, graph ?? undefined), scope: [] };
}

/** Every quad of the dataset in one array (for the sorted, pretty formats). */
export function datasetQuads(results: Iterable<ExtractionResult>, iris: Iris, options: DatasetOptions): Quad[] {
  const quads: Quad[] = [];
  for (const chunk of datasetChunks(results, iris, options)) quads.push(...chunk.quads);
  return quads;
}
