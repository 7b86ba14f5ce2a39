// The RDF dataset of a built folder, read back from its extraction results:
// used by export, query, serve and push, so every consumer sees the same quads.
import { type BuildManifest, readExtractions, readManifest } from "../build/read-build.js";
import { type DatasetChunk, datasetChunks } from "../rdf/dataset.js";
import { Iris } from "../rdf/iris.js";

export interface BuildDataset {
  readonly dir: string;
  readonly manifest: BuildManifest;
  readonly iris: Iris;
  /** The chunks, one per article then the entities; each call reads the folder again. */
  chunks(named: boolean): Generator<DatasetChunk>;
}

export function openBuildDataset(dir: string, base?: string): BuildDataset {
  const manifest = readManifest(dir);
  const iris = new Iris({ base: base ?? manifest.base });
  return {
    dir,
    manifest,
    iris,
    chunks: (named) => datasetChunks(readExtractions(dir, manifest), iris, { named }),
  };
}
