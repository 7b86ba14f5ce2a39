// Engine comparison behind the choice of Oxigraph (a script, not a test):
// the worked queries on Oxigraph and on Comunica over an n3 Store, timing and
// answers. Comunica is not a dependency; install it anywhere and point here:
//   npm i --prefix /tmp/comunica @comunica/query-sparql-rdfjs
//   COMUNICA_DIR=/tmp/comunica npx tsx tests/bench/rdf-engines.ts BUILD_DIR
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Parser, type Quad, Store } from "n3";
import { openBuildDataset } from "../../src/query/build-dataset.js";
import { lines } from "../../src/rdf/stream.js";
import { loadStore } from "../../src/query/store.js";

interface Bindings extends Iterable<[{ value: string }, { value: string }]> {}
interface Comunica {
  queryBindings(query: string, context: { sources: Store[]; unionDefaultGraph: boolean }): Promise<{ toArray(): Promise<Bindings[]> }>;
}

const dir = process.argv[2];
const comunicaDir = process.env.COMUNICA_DIR;
if (!dir || !comunicaDir) throw new Error("usage: COMUNICA_DIR=… tsx tests/bench/rdf-engines.ts BUILD_DIR");
const { QueryEngine } = createRequire(path.join(path.resolve(comunicaDir), "index.js"))("@comunica/query-sparql-rdfjs") as { QueryEngine: new () => Comunica };
const examples = path.resolve(import.meta.dirname, "../../examples/queries");
const median = (xs: number[]): string => ([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0).toFixed(1);

const dataset = openBuildDataset(dir);
let t = performance.now();
const ox = loadStore(dataset);
console.log(`oxigraph: ${ox.size} quads loaded in ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const quads: Quad[] = [];
for (const chunk of dataset.chunks(true)) quads.push(...new Parser({ format: "N-Quads" }).parse(lines(chunk.quads, "nq")));
const n3 = new Store(quads);
console.log(`n3 Store: ${n3.size} quads loaded in ${(performance.now() - t).toFixed(0)} ms`);
const engine = new QueryEngine();
for (const file of fs
  .readdirSync(examples)
  .filter((f) => f.endsWith(".rq"))
  .sort()) {
  const query = fs.readFileSync(path.join(examples, file), "utf8");
  const a: number[] = [];
  const b: number[] = [];
  let oxRows: string[] = [];
  let coRows: string[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    oxRows = (ox.query(query, { use_default_graph_as_union: true }) as Map<string, { value: string }>[]).map((m) =>
      JSON.stringify([...m].map(([k, v]) => [k, v.value]).sort()),
    );
    a.push(performance.now() - t);
    t = performance.now();
    coRows = (await (await engine.queryBindings(query, { sources: [n3], unionDefaultGraph: true })).toArray()).map((m) =>
      JSON.stringify([...m].map(([k, v]) => [k.value, v.value]).sort()),
    );
    b.push(performance.now() - t);
  }
  const same = JSON.stringify([...oxRows].sort()) === JSON.stringify([...coRows].sort());
  console.log(`${file}: oxigraph ${median(a)} ms, comunica ${median(b)} ms (median of 5), rows ${oxRows.length}/${coRows.length}, same answers: ${same}`);
}
