// Per-article build state (state/<id>.json): the hash of the bytes read, the
// pipeline version, and whether extraction succeeded. Written last, after the
// article's outputs, so a present state means complete outputs.
import fs from "node:fs";
import { writeFileAtomic } from "../io/write-atomic.js";
import { type OutPaths, PER_ARTICLE_DIRS } from "./layout.js";
import path from "node:path";

export interface ArticleState {
  readonly id: string;
  readonly label: string;
  readonly hash: string;
  readonly pipeline: string;
  readonly status: "ok" | "failed";
  readonly failure: { readonly code: string; readonly message: string } | null;
  readonly warnings: readonly string[];
  readonly words: number;
}

export function writeState(paths: OutPaths, state: ArticleState): void {
  writeFileAtomic(paths.state(state.id), `${JSON.stringify(state)}\n`);
}

/** The state of an article, or null if there is none or it cannot be trusted. */
export function readState(paths: OutPaths, id: string): ArticleState | null {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(paths.state(id), "utf8"));
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const s = data as Partial<ArticleState>;
  if (s.id !== id || typeof s.hash !== "string" || typeof s.pipeline !== "string" || (s.status !== "ok" && s.status !== "failed")) return null;
  if (s.status === "ok" && !(fs.existsSync(paths.extraction(id)) && fs.existsSync(paths.text(id)))) return null;
  return {
    id,
    label: String(s.label ?? id),
    hash: s.hash,
    pipeline: s.pipeline,
    status: s.status,
    failure: s.failure ?? null,
    warnings: Array.isArray(s.warnings) ? s.warnings : [],
    words: Number(s.words ?? 0),
  };
}

/** Ids with a state file: every article the folder holds outputs for. */
export function listStateIds(paths: OutPaths): string[] {
  if (!fs.existsSync(paths.stateDir)) return [];
  return fs
    .readdirSync(paths.stateDir)
    .filter((n) => n.endsWith(".json") && !n.startsWith("."))
    .map((n) => n.slice(0, -".json".length))
    .sort();
}

/** Ids with any per-article output (a killed run can leave outputs without state). */
export function listOutputIds(out: string): string[] {
  const ids = new Set<string>();
  for (const dir of PER_ARTICLE_DIRS) {
    const full = path.join(out, dir);
    if (!fs.existsSync(full)) continue;
    for (const n of fs.readdirSync(full)) if (!n.startsWith(".")) ids.add(n.replace(/\.(json|txt)$/, ""));
  }
  return [...ids].sort();
}

/** Removes every per-article output of an article: state first, so a kill leaves no trusted half. */
export function removeArticleOutputs(paths: OutPaths, id: string): void {
  fs.rmSync(paths.state(id), { force: true });
  fs.rmSync(paths.extraction(id), { force: true });
  fs.rmSync(paths.text(id), { force: true });
}

/** Drops an article's extraction and text (a failed re-extraction must not leave the old ones). */
export function clearArticleOutputs(paths: OutPaths, id: string): void {
  fs.rmSync(paths.extraction(id), { force: true });
  fs.rmSync(paths.text(id), { force: true });
}
