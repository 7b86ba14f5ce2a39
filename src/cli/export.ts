// `newsgraph export DIR --format …`: a built folder as Turtle, N-Triples,
// TriG (one named graph per article), N-Quads, JSON-LD or graphology JSON.
// N-Triples and N-Quads stream article by article.
import fs from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { readManifest } from "../build/read-build.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { NewsgraphError } from "../pipeline/errors.js";
import { writeJsonLd } from "../rdf/jsonld.js";
import { RDF_FORMATS, type RdfFormat, writeN3 } from "../rdf/serialize.js";
import { streamLines } from "../rdf/stream.js";
import { openBuildDataset } from "../query/build-dataset.js";

const FORMATS = [...RDF_FORMATS, "json"] as const;
type ExportFormat = (typeof FORMATS)[number];

/** A whole export as a string (the sorted, pretty formats and graphology JSON). */
export async function exportBuild(dir: string, format: ExportFormat, base?: string): Promise<string> {
  if (format === "json") {
    readManifest(dir);
    return fs.readFileSync(path.join(dir, "graph.json"), "utf8");
  }
  const dataset = openBuildDataset(dir, base);
  const named = format === "trig" || format === "nq";
  const quads = [...dataset.chunks(named)].flatMap((c) => c.quads);
  return format === "jsonld" ? writeJsonLd(quads) : writeN3(quads, format as Exclude<RdfFormat, "jsonld">, dataset.iris.base);
}

async function streamTo(file: string | undefined, write: (out: Writable) => Promise<unknown>): Promise<void> {
  if (!file) {
    await write(process.stdout);
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const out = fs.createWriteStream(tmp);
  try {
    await write(out);
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    fs.renameSync(tmp, file);
  } catch (error) {
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw error;
  }
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
      const format = opts.format as ExportFormat;
      if (format === "nt" || format === "nq") {
        const dataset = openBuildDataset(dir, opts.base);
        await streamTo(opts.out, (out) => streamLines(dataset.chunks(format === "nq"), format, out));
        return;
      }
      const text = await exportBuild(dir, format, opts.base);
      if (opts.out) writeFileAtomic(opts.out, text);
      else process.stdout.write(text);
    });
}
