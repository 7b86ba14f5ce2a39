// The RDF dataset of a built folder, read back from its extraction results
// with the build's cross-article entity identity applied (as graph.ttl and
// graph.json have it): used by export, query, serve and push, so every
// consumer sees the same quads.
import { applyIdentity, identitySkeleton } from "../corpus/apply-identity.js";
import type { IdentityMap } from "../corpus/identity.js";
import { resolveIdentitiesInBlocks } from "../corpus/identity-blocks.js";
import { type BuildManifest, readExtractions, readManifest } from "../build/read-build.js";
import type { ExtractionResult } from "../model/result.js";
import { type DatasetChunk, datasetChunks } from "../rdf/dataset.js";
import { Iris } from "../rdf/iris.js";

export interface BuildDataset {
  readonly dir: string;
  readonly manifest: BuildManifest;
  readonly iris: Iris;
  /** The extraction results with corpus-wide entity ids, in article-id order. */
  results(): Generator<ExtractionResult>;
  /** The chunks, one per article then the entities; each call reads the folder again. */
  chunks(named: boolean): Generator<DatasetChunk>;
}

function* resolved(dir: string, manifest: BuildManifest, identity: IdentityMap): Generator<ExtractionResult> {
  for (const result of readExtractions(dir, manifest)) yield applyIdentity(result, identity);
}

export function openBuildDataset(dir: string, base?: string): BuildDataset {
  const manifest = readManifest(dir);
  const iris = new Iris({ base: base ?? manifest.base });
  let identity: IdentityMap | null = null;
  const identityOf = (): IdentityMap => {
    identity ??= resolveIdentitiesInBlocks([...readExtractions(dir, manifest)].map(identitySkeleton));
    return identity;
  };
  return {
    dir,
    manifest,
    iris,
    results: () => resolved(dir, manifest, identityOf()),
    chunks: (named) => datasetChunks(resolved(dir, manifest, identityOf()), iris, { named }),
  };
}
