// `newsgraph build PATH... --out DIR`: articles in, graph files out.
import type { Command } from "commander";
import { type BuildReport, buildFolder } from "../build/build-folder.js";
import { expandInputs } from "../io/inputs.js";
import { NewsgraphError } from "../pipeline/errors.js";
import { createProgress } from "./progress.js";

export function formatReport(report: BuildReport): string {
  const types = Object.entries(report.entitiesByType)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  const total = Object.values(report.entitiesByType).reduce((a, b) => a + b, 0);
  return [
    `Built ${report.articles} article${report.articles === 1 ? "" : "s"} into ${report.out}${report.failures.length ? ` (${report.failures.length} failed, see ${report.out}/errors.json)` : ""}`,
    `  entities:   ${total}${types ? ` (${types})` : ""}`,
    `  statements: ${report.statements}`,
    `  relations:  ${report.relations}`,
    `  triples:    ${report.triples}`,
    "",
  ].join("\n");
}

export interface BuildCommandOptions {
  out: string;
  base?: string;
  quiet?: boolean;
}

/** Runs a build and returns the exit code: 0 ok, 1 some articles failed. */
export async function runBuild(paths: readonly string[], opts: BuildCommandOptions): Promise<number> {
  const { files, problems } = expandInputs(paths);
  for (const p of problems) process.stderr.write(`newsgraph: ${p.message}\n`);
  if (files.length === 0) throw new NewsgraphError("E_NO_ARTICLES", "no articles to build");
  const progress = createProgress("extracting", opts.quiet);
  const report = await buildFolder(files, { out: opts.out, ...(opts.base ? { base: opts.base } : {}), onProgress: (d, t) => progress.update(d, t) });
  progress.stop();
  for (const f of report.failures) process.stderr.write(`newsgraph: ${f.message}\n`);
  if (report.articles === 0) throw new NewsgraphError("E_NO_ARTICLES", `none of the ${files.length} files could be read as an article`);
  process.stdout.write(formatReport(report));
  return report.failures.length > 0 || problems.length > 0 ? 1 : 0;
}

export function registerBuild(program: Command, setExit: (code: number) => void): void {
  program
    .command("build")
    .description("build the knowledge graph from articles (files, folders or glob patterns)")
    .argument("<paths...>", "article files, folders (searched recursively) or glob patterns")
    .requiredOption("-o, --out <dir>", "output folder")
    .option("--base <iri>", "base IRI for the data (default https://w3id.org/newsgraph/data/)")
    .option("-q, --quiet", "no progress output")
    .action(async (paths: string[], opts: BuildCommandOptions) => {
      setExit(await runBuild(paths, opts));
    });
}
