// Runs the built `newsgraph` command in a subprocess, as a user would.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(ROOT, "bin/newsgraph.js");
export const FIRST_ARTICLE = path.join(ROOT, "data/articles/2021-12-08-putin-nato-ukraine.txt");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: "utf8", input: options.input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `newsgraph serve` and resolves with its URL once it prints it. */
export interface Serving {
  url: string;
  /** Sends SIGTERM and resolves when the server has exited (SIGKILL after 5 s). */
  stop(): Promise<void>;
}

export function startServe(dir: string, extraArgs: readonly string[] = []): Promise<Serving> {
  const child = spawn(process.execPath, [BIN, "serve", dir, "--port", "0", ...extraArgs], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], stop: () => stopChild(child) });
    });
    child.stderr.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
