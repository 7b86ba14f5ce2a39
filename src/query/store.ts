// Loads a built folder into an in-memory Oxigraph store, article by article
// (one named graph each, plus the entities graph), so SPARQL sees the same
// dataset as `newsgraph export --format trig` and as a store loaded by push.
import oxigraph from "oxigraph";
import { lines } from "../rdf/stream.js";
import type { BuildDataset } from "./build-dataset.js";

export type OxStore = InstanceType<typeof oxigraph.Store>;

/** Text handed to Oxigraph per call: large enough to keep calls into WebAssembly few.
 * Parsing is lenient: the text is our own N-Quads writer's, checked by the round-trip tests. */
const BATCH_CHARS = 8_000_000;

export function loadStore(dataset: BuildDataset, options: { named: boolean } = { named: true }): OxStore {
  const store = new oxigraph.Store();
  const format = options.named ? "application/n-quads" : "application/n-triples";
  let batch = "";
  for (const chunk of dataset.chunks(options.named)) {
    batch += lines(chunk.quads, options.named ? "nq" : "nt");
    if (batch.length < BATCH_CHARS) continue;
    store.load(batch, { format, no_transaction: true, lenient: true });
    batch = "";
  }
  if (batch) store.load(batch, { format, no_transaction: true, lenient: true });
  return store;
}
