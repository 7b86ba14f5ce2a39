// Test helper: writes quads in every format and parses them back (n3 for the
// N3 family, the jsonld library for JSON-LD) and with rapper (raptor2) when
// it is installed, so tests compare datasets, not text.
import { spawnSync } from "node:child_process";
import { Writable } from "node:stream";
import jsonld from "jsonld";
import { Parser, type Quad, termToId } from "n3";
import { writeJsonLd } from "../../../src/rdf/jsonld.js";
import { type RdfFormat, writeN3 } from "../../../src/rdf/serialize.js";
import { lines } from "../../../src/rdf/stream.js";

export const HAS_RAPPER = spawnSync("rapper", ["--version"]).status === 0;

const N3_NAME = { ttl: "Turtle", nt: "N-Triples", trig: "TriG", nq: "N-Quads" } as const;

export async function writeFormat(quads: readonly Quad[], format: RdfFormat, base: string): Promise<string> {
  return format === "jsonld" ? writeJsonLd(quads) : writeN3(quads, format, base);
}

export async function parseFormat(text: string, format: RdfFormat): Promise<Quad[]> {
  if (format !== "jsonld") return new Parser({ format: N3_NAME[format] }).parse(text);
  const nquads = (await jsonld.toRDF(JSON.parse(text) as jsonld.JsonLdDocument, { format: "application/n-quads" })) as unknown as string;
  return new Parser({ format: "N-Quads" }).parse(nquads);
}

/** The dataset as sorted canonical keys; the output has no blank nodes, so equal keys mean isomorphic. */
export function datasetKeys(quads: readonly Quad[]): string[] {
  return [...new Set(quads.map((q) => [q.subject, q.predicate, q.object, q.graph].map((t) => termToId(t)).join(" ")))].sort();
}

/** Parses with rapper; returns its error output (empty when it parsed cleanly) and triple count. */
export function rapperParse(text: string, syntax: "turtle" | "trig" | "ntriples" | "nquads"): { errors: string; count: number } {
  const r = spawnSync("rapper", ["-i", syntax, "-o", "ntriples", "-", "https://example.org/"], { input: text, encoding: "utf8", maxBuffer: 1 << 28 });
  const errors = r.stderr
    .split("\n")
    .filter((l) => /error|warning/i.test(l))
    .join("\n");
  return { errors: r.status === 0 ? errors : `${errors}\nexit ${r.status}`, count: r.stdout.split("\n").filter(Boolean).length };
}

/** Collects what a writer streams. */
export class StringSink extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export { lines };
