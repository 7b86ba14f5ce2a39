// `newsgraph serve DIR`: the explorer for a built folder, on 127.0.0.1.
import type { Command } from "commander";
import { NewsgraphError } from "../pipeline/errors.js";
import { startServer } from "../serve/server.js";
import { DEFAULT_SPARQL_TIMEOUT_MS } from "../serve/sparql.js";
import { parseTimeout } from "./query.js";

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new NewsgraphError("E_BAD_OPTION", `--port must be a number from 0 to 65535, got "${value}"`);
  return port;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the explorer for a built folder on 127.0.0.1")
    .argument("<dir>", "a folder written by newsgraph build")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", "8765")
    .option("--sparql-timeout <ms>", "stop a /sparql query after this many milliseconds", String(DEFAULT_SPARQL_TIMEOUT_MS))
    .action(async (dir: string, opts: { port: string; sparqlTimeout: string }) => {
      const server = await startServer({ dir, port: parsePort(opts.port), sparqlTimeoutMs: parseTimeout(opts.sparqlTimeout) });
      process.stdout.write(`newsgraph explorer: ${server.url}\n(press Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (): void => {
          // A second Ctrl-C does not wait for a slow shutdown.
          if (stopping) process.exit(130);
          stopping = true;
          void server.close().then(resolve);
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      // Nothing is left to write; do not wait on lingering handles (idle workers, timers).
      process.exit(0);
    });
}
