// The version of the extraction pipeline: a hash of the code that extracts
// (read, segment, mentions, entities, statements, relations, model, lexicons)
// and of the shipped models. A build re-extracts an article when it changes.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Folders and files, relative to the compiled (or source) src/, whose change changes extractions. */
const EXTRACTING_CODE = ["stages", "pipeline", "model", "lexicon", "extract.js", "extract.ts"];
const CODE_FILE = /\.(js|ts|json)$/;

function listFiles(target: string, out: string[]): void {
  if (!fs.existsSync(target)) return;
  if (fs.statSync(target).isFile()) {
    if (CODE_FILE.test(target) && !target.endsWith(".d.ts")) out.push(target);
    return;
  }
  for (const name of fs.readdirSync(target).sort()) listFiles(path.join(target, name), out);
}

function findModels(from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "data", "models");
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Code that turns extractions into the corpus files: a change rebuilds them even if no article changed. */
const ASSEMBLING_CODE = ["build", "corpus", "graph", "rdf"];

const SRC_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let cached: string | null = null;
let cachedAssembly: string | null = null;

export function pipelineVersion(): string {
  if (cached) return cached;
  const files: string[] = [];
  for (const entry of EXTRACTING_CODE) listFiles(path.join(SRC_ROOT, entry), files);
  const models = findModels(SRC_ROOT);
  if (models) for (const name of fs.readdirSync(models).sort()) if (fs.statSync(path.join(models, name)).isFile()) files.push(path.join(models, name));
  cached = hashFiles(files);
  return cached;
}

export function assemblyVersion(): string {
  if (cachedAssembly) return cachedAssembly;
  const files: string[] = [];
  for (const entry of ASSEMBLING_CODE) listFiles(path.join(SRC_ROOT, entry), files);
  cachedAssembly = hashFiles(files);
  return cachedAssembly;
}

function hashFiles(files: readonly string[]): string {
  const srcRoot = SRC_ROOT;
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(srcRoot, file).replace(/\\/g, "/"));
    hash.update("\0");
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}
