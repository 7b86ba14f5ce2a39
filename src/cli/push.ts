// `newsgraph push DIR --endpoint URL`: loads a built folder into a SPARQL 1.1
// store (Virtuoso, Fuseki, GraphDB, …) through the Graph Store HTTP Protocol,
// one named graph per article, with a SPARQL Update fallback.
import type { Command } from "commander";
import { NewsgraphError } from "../pipeline/errors.js";
import { openBuildDataset } from "../query/build-dataset.js";
import { DEFAULT_BATCH_SIZE, type PushProtocol, pushBuild } from "../query/remote/push.js";

function httpUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new NewsgraphError("E_BAD_OPTION", `${option} must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new NewsgraphError("E_BAD_OPTION", `${option} must be an http(s) URL, got "${value}"`);
  return value;
}

function graphIri(value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/.test(value)) throw new NewsgraphError("E_BAD_OPTION", `--graph must be an absolute IRI, got "${value}"`);
  return value;
}

interface PushFlags {
  endpoint: string;
  updateEndpoint?: string;
  protocol: string;
  graph?: string;
  user?: string;
  password?: string;
  batchSize: string;
  quiet?: boolean;
}

export function registerPush(program: Command): void {
  program
    .command("push")
    .description("load a built folder into a SPARQL 1.1 store, one named graph per article")
    .argument("<dir>", "a folder written by newsgraph build")
    .requiredOption("--endpoint <url>", "the store's Graph Store Protocol endpoint (Virtuoso: http://127.0.0.1:8890/sparql-graph-crud-auth)")
    .option("--update-endpoint <url>", "a SPARQL Update endpoint, used when the Graph Store Protocol is not available (Virtuoso: …/sparql-auth)")
    .option("--protocol <name>", "auto, gsp or update", "auto")
    .option("--graph <iri>", "load everything into this one named graph instead")
    .option("--user <name>", "user name for Basic or Digest authentication")
    .option("--password <secret>", "password (or set NEWSGRAPH_PASSWORD)")
    .option("--batch-size <n>", "triples per request", String(DEFAULT_BATCH_SIZE))
    .option("-q, --quiet", "no progress output")
    .action(async (dir: string, opts: PushFlags) => {
      if (!["auto", "gsp", "update"].includes(opts.protocol))
        throw new NewsgraphError("E_BAD_OPTION", `--protocol must be auto, gsp or update, got "${opts.protocol}"`);
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new NewsgraphError("E_BAD_OPTION", `--batch-size must be a positive whole number, got "${opts.batchSize}"`);
      const password = opts.password ?? process.env.NEWSGRAPH_PASSWORD;
      if (opts.user !== undefined && password === undefined) throw new NewsgraphError("E_BAD_OPTION", "--user needs --password (or NEWSGRAPH_PASSWORD)");
      const report = await pushBuild(openBuildDataset(dir), {
        endpoint: httpUrl(opts.endpoint, "--endpoint"),
        ...(opts.updateEndpoint === undefined ? {} : { updateEndpoint: httpUrl(opts.updateEndpoint, "--update-endpoint") }),
        protocol: opts.protocol as PushProtocol,
        ...(opts.graph === undefined ? {} : { graph: graphIri(opts.graph) }),
        ...(opts.user === undefined || password === undefined ? {} : { credentials: { user: opts.user, password } }),
        batchSize,
        ...(opts.quiet || !process.stderr.isTTY
          ? {}
          : { onProgress: (done: number, total: number) => process.stderr.write(`\rpushing ${done}/${total} graphs`) }),
      });
      if (!opts.quiet && process.stderr.isTTY) process.stderr.write("\n");
      const rate = Math.round(report.triples / (report.ms / 1000));
      process.stdout.write(
        `Pushed ${report.triples} triples in ${report.graphs} graph${report.graphs === 1 ? "" : "s"} with ${report.requests} requests (${report.protocol === "gsp" ? "Graph Store Protocol" : "SPARQL Update"}) in ${(report.ms / 1000).toFixed(1)} s, ${rate} triples/s\n`,
      );
    });
}
