// RDF benchmark (a script, not a test): triples written per second per
// format, embedded SPARQL latency of the worked queries, and push throughput
// to a Virtuoso started here. Run: npm run bench:rdf -- [BUILD_DIR]
// (default: the PolNeAR train+dev build, built into the temp folder if missing).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { Quad } from "n3";
import type { ExtractionResult } from "../../src/model/result.js";
import { openBuildDataset } from "../../src/query/build-dataset.js";
import { pushBuild } from "../../src/query/remote/push.js";
import { runSparql } from "../../src/query/sparql.js";
import { loadStore } from "../../src/query/store.js";
import { datasetChunks, datasetQuads } from "../../src/rdf/dataset.js";
import type { Iris } from "../../src/rdf/iris.js";
import { writeJsonLd } from "../../src/rdf/jsonld.js";
import { sortQuads, writeN3 } from "../../src/rdf/serialize.js";
import { streamLines } from "../../src/rdf/stream.js";
import { HAS_VIRTUOSO, remoteSelect, startVirtuoso } from "../e2e/virtuoso-server.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/data/polnear");
const EXAMPLES = path.join(ROOT, "examples/queries");

function buildDir(): string {
  const given = process.argv[2];
  if (given) return given;
  const out = path.join(os.tmpdir(), "newsgraph-bench-train-dev");
  if (fs.existsSync(path.join(out, "manifest.json"))) return out;
  console.log(`building PolNeAR train+dev into ${out} …`);
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "bin/newsgraph.js"), "build", path.join(SHARED, "train/text"), path.join(SHARED, "dev/text"), "--out", out, "--quiet"],
    { stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error("build failed");
  return out;
}

const ms = (start: number): number => performance.now() - start;
const rate = (n: number, t: number): string => `${Math.round(n / (t / 1000)).toLocaleString("en")}/s`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? 0;

class Counter extends Writable {
  bytes = 0;
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}

async function writing(results: readonly ExtractionResult[], iris: Iris): Promise<void> {
  console.log("\n## Writing (whole corpus in memory; nt/nq streamed chunk by chunk)");
  console.log("format | triples | seconds | triples/s | MB");
  for (const format of ["ttl", "trig", "nt", "nq", "jsonld"] as const) {
    const named = format === "trig" || format === "nq";
    const start = performance.now();
    let bytes = 0;
    let triples = 0;
    let counted: readonly Quad[] = [];
    if (format === "nt" || format === "nq") {
      const sink = new Counter();
      triples = (await streamLines(datasetChunks(results, iris, { named }), format, sink)).quads;
      bytes = sink.bytes;
    } else {
      const quads = datasetQuads(results, iris, { named });
      const text = format === "jsonld" ? writeJsonLd(quads) : await writeN3(quads, format, iris.base);
      counted = quads;
      bytes = Buffer.byteLength(text);
    }
    const t = ms(start);
    if (counted.length) triples = sortQuads(counted).length;
    console.log(`${format} | ${triples} | ${(t / 1000).toFixed(2)} | ${rate(triples, t)} | ${(bytes / 1e6).toFixed(1)}`);
  }
}

function queries(): [string, string][] {
  return fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith(".rq"))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(EXAMPLES, f), "utf8")]);
}

async function sparql(dir: string): Promise<void> {
  console.log("\n## Embedded SPARQL (Oxigraph, default graph = union of article graphs)");
  const start = performance.now();
  const store = loadStore(openBuildDataset(dir));
  console.log(`load: ${store.size} quads in ${(ms(start) / 1000).toFixed(2)} s (${rate(store.size, ms(start))})`);
  console.log("query | rows | median ms | p95 ms (20 runs)");
  for (const [name, query] of queries()) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      rows = (JSON.parse(runSparql(store, query, "json").body) as { results: { bindings: unknown[] } }).results.bindings.length;
      times.push(ms(t));
    }
    console.log(`${name} | ${rows} | ${median(times).toFixed(1)} | ${p95(times).toFixed(1)}`);
  }
}

async function push(dir: string): Promise<void> {
  console.log("\n## Push to Virtuoso (Graph Store Protocol, Digest auth, local server)");
  if (!HAS_VIRTUOSO) return void console.log("skipped: virtuoso-t is not installed (apt-get install virtuoso-opensource)");
  const store = await startVirtuoso();
  try {
    for (const [label, batchSize] of [
      ["first push", 10_000],
      ["re-push (replace)", 10_000],
      ["re-push, 1000-triple batches", 1000],
    ] as const) {
      const report = await pushBuild(openBuildDataset(dir), { endpoint: store.graphStore, credentials: { user: "dba", password: "dba" }, batchSize });
      console.log(
        `${label}: ${report.triples} triples, ${report.graphs} graphs, ${report.requests} requests, ${(report.ms / 1000).toFixed(1)} s, ${rate(report.triples, report.ms)}, ${(report.bytes / 1e6).toFixed(1)} MB`,
      );
    }
    console.log("query on Virtuoso | rows | median ms (5 runs, HTTP included)");
    for (const [name, query] of queries()) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        rows = (await remoteSelect(store.sparql, query)).results.bindings.length;
        times.push(ms(t));
      }
      console.log(`${name} | ${rows} | ${median(times).toFixed(1)}`);
    }
  } finally {
    await store.stop();
  }
}

const dir = buildDir();
const dataset = openBuildDataset(dir);
const results = [...dataset.results()];
console.log(`# newsgraph RDF benchmark: ${dir} (${results.length} articles), node ${process.version}, ${os.cpus().length} cores`);
await writing(results, dataset.iris);
await sparql(dir);
await push(dir);
