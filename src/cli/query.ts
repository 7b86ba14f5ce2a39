// `newsgraph query DIR 'SELECT …'` (or --file q.rq): SPARQL 1.1 over a built
// folder with the embedded engine, results as a table, JSON, XML, CSV or TSV
// (Turtle, N-Triples or RDF/XML for CONSTRUCT and DESCRIBE).
import fs from "node:fs";
import type { Command } from "commander";
import { NewsgraphError } from "../pipeline/errors.js";
import { SparqlEngine } from "../query/engine.js";
import { OUTPUT_FORMATS, parseOutputFormat } from "../query/formats.js";

export const DEFAULT_TIMEOUT_MS = 30_000;

export function parseTimeout(value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1) throw new NewsgraphError("E_BAD_OPTION", `--timeout must be a whole number of milliseconds, got "${value}"`);
  return ms;
}

function readQuery(text: string | undefined, file: string | undefined): string {
  if (text !== undefined && file !== undefined) throw new NewsgraphError("E_BAD_OPTION", "give the query as an argument or with --file, not both");
  if (file !== undefined) {
    if (!fs.existsSync(file)) throw new NewsgraphError("E_NOT_FOUND", `${file}: no such file`);
    return fs.readFileSync(file, "utf8");
  }
  if (text === undefined || text.trim() === "") throw new NewsgraphError("E_BAD_OPTION", "no query: give one as an argument or with --file query.rq");
  return text;
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("run a SPARQL 1.1 query over a built folder")
    .argument("<dir>", "a folder written by newsgraph build")
    .argument("[query]", "the query text (or use --file)")
    .option("--file <file>", "read the query from a file")
    .option("-f, --format <format>", `one of ${OUTPUT_FORMATS.join(", ")}`, "table")
    .option("--timeout <ms>", "stop the query after this many milliseconds", String(DEFAULT_TIMEOUT_MS))
    .action(async (dir: string, text: string | undefined, opts: { file?: string; format: string; timeout: string }) => {
      const query = readQuery(text, opts.file);
      const format = parseOutputFormat(opts.format);
      const engine = await SparqlEngine.start({ dir, timeoutMs: parseTimeout(opts.timeout) });
      try {
        const out = await engine.query(query, format);
        process.stdout.write(out.body);
      } finally {
        await engine.close();
      }
    });
}
