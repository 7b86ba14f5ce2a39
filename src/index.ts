// The public API of newsgraph: extraction, corpus graph building and RDF output.
export { analyse, type ExtractOptions, extract } from "./extract.js";
export { Corpus } from "./corpus/corpus.js";
export { buildGraph, type NewsGraph, toGraphFile } from "./graph/build-graph.js";
export type { ArticleRecord, EdgeAttributes, EdgeType, GraphFile, NodeAttributes, RelationRecord, SpanText, StatementRecord } from "./graph/serialized.js";
export type * from "./model/index.js";
export { NewsgraphError, type ErrorCode } from "./pipeline/errors.js";
export { articleQuads } from "./rdf/article-quads.js";
export { entityQuads } from "./rdf/entity-quads.js";
export { Iris } from "./rdf/iris.js";
export { writeJsonLd } from "./rdf/jsonld.js";
export { type RdfFormat, sortQuads, writeN3 } from "./rdf/serialize.js";
export { type GraphQueries, openGraph } from "./query/graph-queries.js";
export type {
  EntityFilter,
  EntityRef,
  EntityView,
  Evidence,
  LinkKind,
  Neighbor,
  NeighborLink,
  RelationFilter,
  RelationView,
  StatementView,
} from "./query/views.js";
