// Test helper: starts a throw-away Virtuoso (Debian's virtuoso-opensource)
// in a temporary folder on free loopback ports, and stops it by its pid.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const VIRTUOSO_INI = "/etc/virtuoso-opensource-7/virtuoso.ini";
export const HAS_VIRTUOSO = spawnSync("which", ["virtuoso-t"]).status === 0 && fs.existsSync(VIRTUOSO_INI);

export interface Virtuoso {
  readonly sparql: string;
  readonly sparqlAuth: string;
  readonly graphStore: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The Debian configuration with the database, ports and limits changed. */
function config(dir: string, sqlPort: number, httpPort: number): string {
  return fs
    .readFileSync(VIRTUOSO_INI, "utf8")
    .replaceAll("/var/lib/virtuoso-opensource-7/db/", `${dir}/`)
    .replace(/^ServerPort\s*=\s*1111\b.*$/m, `ServerPort = 127.0.0.1:${sqlPort}`)
    .replace(/^ServerPort\s*=\s*8890\b.*$/m, `ServerPort = 127.0.0.1:${httpPort}`)
    .replace(/^ResultSetMaxRows\s*=.*$/m, "ResultSetMaxRows = 1000000")
    .replace(/^MaxQueryExecutionTime\s*=.*$/m, "MaxQueryExecutionTime = 120");
}

export async function startVirtuoso(): Promise<Virtuoso> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-virtuoso-"));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  fs.writeFileSync(path.join(dir, "virtuoso.ini"), config(dir, sqlPort, httpPort));
  const child: ChildProcess = spawn("virtuoso-t", ["+foreground", "+configfile", path.join(dir, "virtuoso.ini")], { cwd: dir, stdio: "ignore" });
  const base = `http://127.0.0.1:${httpPort}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${base}/sparql?query=${encodeURIComponent("ASK {}")}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { sparql: `${base}/sparql`, sparqlAuth: `${base}/sparql-auth`, graphStore: `${base}/sparql-graph-crud-auth`, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error("Virtuoso did not start within 90 s");
}

/** Runs a query on the store and returns the SPARQL JSON results. */
export async function remoteSelect(
  endpoint: string,
  query: string,
): Promise<{ head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } }> {
  const res = await fetch(endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query }),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
}
