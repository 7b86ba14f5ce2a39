// `newsgraph export DIR --format …`: a built folder as Turtle, N-Triples,
// TriG (one named graph per article), N-Quads, JSON-LD or graphology JSON.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Quad } from "n3";
import { readExtractions, readManifest } from "../build/read-build.js";
import { Corpus } from "../corpus/corpus.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { NewsgraphError } from "../pipeline/errors.js";
import { articleQuads } from "../rdf/article-quads.js";
import { entityQuads } from "../rdf/entity-quads.js";
import { Iris } from "../rdf/iris.js";
import { writeJsonLd } from "../rdf/jsonld.js";
import { RDF_FORMATS, type RdfFormat, writeN3 } from "../rdf/serialize.js";

const FORMATS = [...RDF_FORMATS, "json"] as const;
type ExportFormat = (typeof FORMATS)[number];

export async function exportBuild(dir: string, format: ExportFormat, base?: string): Promise<string> {
  const manifest = readManifest(dir);
  if (format === "json") return fs.readFileSync(path.join(dir, "graph.json"), "utf8");
  const iris = new Iris({ base: base ?? manifest.base });
  const corpus = new Corpus();
  const quads: Quad[] = [];
  const named = format === "trig" || format === "nq";
  for (const result of readExtractions(dir, manifest)) {
    corpus.add(result, null);
    quads.push(...articleQuads(result, iris, named ? iris.article(result.article.id) : undefined));
  }
  quads.push(...entityQuads(corpus.entities.values(), iris));
  return format === "jsonld" ? writeJsonLd(quads, iris.base) : writeN3(quads, format as Exclude<RdfFormat, "jsonld">, iris.base);
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write a built graph in an RDF format or as graphology JSON")
    .argument("<dir>", "a folder written by newsgraph build")
    .option("-f, --format <format>", `one of ${FORMATS.join(", ")}`, "ttl")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .option("--base <iri>", "base IRI for the data (default: the one used to build)")
    .action(async (dir: string, opts: { format: string; out?: string; base?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new NewsgraphError("E_BAD_OPTION", `unknown format "${opts.format}"; use one of ${FORMATS.join(", ")}`);
      }
      const text = await exportBuild(dir, opts.format as ExportFormat, opts.base);
      if (opts.out) writeFileAtomic(opts.out, text);
      else process.stdout.write(text);
    });
}
