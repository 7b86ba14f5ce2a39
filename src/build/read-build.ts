// Reads a finished build folder back: its manifest and extraction results,
// validated enough to fail with a clear message on a folder that is not one.
import fs from "node:fs";
import path from "node:path";
import type { ExtractionResult } from "../model/result.js";
import { NewsgraphError } from "../pipeline/errors.js";

export interface BuildManifest {
  readonly format: "newsgraph-build";
  readonly version: number;
  readonly base: string;
  readonly articles: readonly string[];
  /** Version of the extracting code and models, and of the code that wrote the corpus files. */
  readonly pipeline?: string;
  readonly assembly?: string;
  /** "K/N" when the build is one shard of a corpus, else null. */
  readonly shard?: string | null;
  /** Hash of every built article's id and content hash. */
  readonly digest?: string;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new NewsgraphError("E_BAD_INPUT", `${file}: ${error instanceof SyntaxError ? "not valid JSON" : "cannot be read"}`);
  }
}

export function readManifest(dir: string): BuildManifest {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(dir)) throw new NewsgraphError("E_NOT_FOUND", `${dir}: no such folder`);
  if (!fs.existsSync(file))
    throw new NewsgraphError("E_BAD_INPUT", `${dir}: not a newsgraph build folder (no manifest.json); run "newsgraph build … --out ${dir}" first`);
  const data = readJson(file);
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== "newsgraph-build") {
    throw new NewsgraphError("E_BAD_INPUT", `${file}: not a newsgraph build manifest`);
  }
  return data as BuildManifest;
}

/** Extraction results of a build, in article-id order. */
export function* readExtractions(dir: string, manifest: BuildManifest): Generator<ExtractionResult> {
  for (const id of manifest.articles) {
    const data = readJson(path.join(dir, "extractions", `${id}.json`));
    if (typeof data !== "object" || data === null || !("article" in data) || !("entities" in data)) {
      throw new NewsgraphError("E_BAD_INPUT", `${dir}/extractions/${id}.json: not an extraction result`);
    }
    yield data as ExtractionResult;
  }
}
