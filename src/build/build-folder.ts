// `newsgraph build`: plan the article units, extract the new or changed ones
// (in worker threads, each with a time limit), then write the corpus files.
// One bad article is reported and the rest are built; a rerun reuses every
// article whose bytes and pipeline version are unchanged.
import fs from "node:fs";
import path from "node:path";
import { removeStaleTemps, writeFileAtomic } from "../io/write-atomic.js";
import { Iris } from "../rdf/iris.js";
import { type AssembleReport, assemble } from "./assemble.js";
import { extractUnits } from "./extract-units.js";
import { type OutPaths, outPaths, PER_ARTICLE_DIRS } from "./layout.js";
import { assemblyVersion, pipelineVersion } from "./pipeline-version.js";
import { planUnits } from "./plan.js";
import type { UnitOutcome } from "./process-unit.js";
import type { Shard } from "./shard.js";
import { type ArticleState, clearArticleOutputs, listOutputIds, readState, removeArticleOutputs, writeState } from "./state.js";
import { type ArticleUnit, hashString } from "./unit.js";

export interface BuildProgress {
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

export interface BuildOptions {
  readonly out: string;
  readonly base?: string;
  /** Worker threads; 0 extracts in this thread (no time limit). */
  readonly jobs?: number;
  /** Per-article time limit in milliseconds (workers only). */
  readonly timeLimitMs?: number;
  readonly shard?: Shard;
  /** Bytes read from standard input ("-"). */
  readonly stdin?: Uint8Array;
  /** Extract again articles that failed before, even if unchanged. */
  readonly retryFailed?: boolean;
  readonly progress?: BuildProgress;
  readonly workerUrl?: URL;
  /** Extract with the fast attribution tagger; articles extracted the other way are extracted again. */
  readonly fast?: boolean;
}

export interface BuildFailure {
  readonly id: string;
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

export interface BuildReport {
  readonly out: string;
  readonly articles: number;
  /** Articles extracted in this run, and reused from an earlier one. */
  readonly extracted: number;
  readonly reused: number;
  readonly words: number;
  readonly failures: readonly BuildFailure[];
  readonly warnings: readonly string[];
  readonly entitiesByType: Readonly<Record<string, number>>;
  readonly statements: number;
  readonly relations: number;
  readonly triples: number;
}

export const DEFAULT_TIME_LIMIT_MS = 60_000;

function isCurrent(state: ArticleState | null, unit: ArticleUnit, pipeline: string, retryFailed: boolean): state is ArticleState {
  return state !== null && state.hash === unit.hash && state.pipeline === pipeline && state.label === unit.label && (state.status === "ok" || !retryFailed);
}

const stateOf = (outcome: UnitOutcome, unit: ArticleUnit, pipeline: string): ArticleState => ({
  id: unit.id,
  label: unit.label,
  hash: unit.hash,
  pipeline,
  status: outcome.ok ? "ok" : "failed",
  failure: outcome.ok ? null : { code: outcome.code, message: outcome.message },
  warnings: outcome.warnings,
  words: outcome.ok ? outcome.words : 0,
});

/** Files inside the output folder (its texts above all) are never inputs. */
function outsideOf(out: string, files: readonly string[]): string[] {
  const root = `${path.resolve(out)}${path.sep}`;
  return files.filter((f) => !path.resolve(f).startsWith(root));
}

/** The summary of the previous build if its manifest matches and its corpus files are all there. */
function unchangedSummary(
  paths: OutPaths,
  current: { base: string; pipeline: string; assembly: string; shard: string | null; digest: string },
): AssembleReport | null {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(fs.readFileSync(paths.manifest, "utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
  // The digest covers every built article's id and content hash, so an article re-extracted by a killed run still counts as a change.
  const same = (["base", "pipeline", "assembly", "shard", "digest"] as const).every((k) => manifest[k] === current[k]);
  const complete = [paths.graphJson, paths.turtle, paths.nquads].every((f) => fs.existsSync(f));
  const summary = manifest.summary as AssembleReport | undefined;
  return same && complete && summary && typeof summary.triples === "number" ? summary : null;
}

export async function buildFolder(inputFiles: readonly string[], options: BuildOptions): Promise<BuildReport> {
  const iris = new Iris(options.base === undefined ? {} : { base: options.base });
  const out = options.out;
  const files = outsideOf(out, inputFiles);
  const paths = outPaths(out);
  for (const dir of PER_ARTICLE_DIRS) fs.mkdirSync(path.join(out, dir), { recursive: true });
  for (const dir of ["", ...PER_ARTICLE_DIRS]) removeStaleTemps(path.join(out, dir));
  const pipeline = options.fast ? `${pipelineVersion()}+fast` : pipelineVersion();
  const units = planUnits(files, { ...(options.stdin ? { stdin: options.stdin } : {}), ...(options.shard ? { shard: options.shard } : {}) });

  const states = new Map<string, ArticleState>();
  const todo: ArticleUnit[] = [];
  for (const unit of units) {
    const state = readState(paths, unit.id);
    if (isCurrent(state, unit, pipeline, options.retryFailed ?? false)) states.set(unit.id, state);
    else todo.push(unit);
  }
  const reused = states.size;
  const byId = new Map(todo.map((u) => [u.id, u]));
  options.progress?.start("extracting", todo.length);
  let done = 0;
  await extractUnits(
    todo,
    {
      jobs: options.jobs ?? 0,
      timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
      context: { out, pipeline, ...(options.fast ? { fast: true } : {}) },
      ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
    },
    (outcome) => {
      const unit = byId.get(outcome.id);
      if (!unit) return;
      const state = stateOf(outcome, unit, pipeline);
      // Timeouts and crashes happen outside processUnit, which writes the other states itself.
      if (!outcome.ok && (outcome.code === "E_TIMEOUT" || outcome.code === "E_CRASH")) {
        clearArticleOutputs(paths, unit.id);
        writeState(paths, state);
      }
      states.set(unit.id, state);
      options.progress?.update(++done);
    },
  );
  options.progress?.stop();

  const ordered = units.map((u) => states.get(u.id)).filter((s): s is ArticleState => s !== undefined);
  const ok = ordered
    .filter((s) => s.status === "ok")
    .map((s) => s.id)
    .sort();
  const failures = ordered
    .filter((s) => s.status === "failed")
    .map((s) => ({ id: s.id, file: s.label, code: s.failure?.code ?? "E_INTERNAL", message: s.failure?.message ?? `${s.label}: failed` }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const assembly = assemblyVersion();
  const shard = options.shard ? `${options.shard.index}/${options.shard.count}` : null;
  // Nothing extracted and the same articles, base and code as the last build: its corpus files stand.
  const digest = hashString(
    ordered
      .filter((s) => s.status === "ok")
      .map((s) => `${s.id} ${s.hash}`)
      .sort()
      .join("\n"),
  );
  const previous = todo.length === 0 ? unchangedSummary(paths, { base: iris.base, pipeline, assembly, shard, digest }) : null;
  let assembled = previous;
  if (!assembled) {
    options.progress?.start("writing the graph", ok.length);
    assembled = await assemble(ok, paths, iris, (n) => options.progress?.update(n));
    options.progress?.stop();
  }
  writeFileAtomic(paths.errors, `${JSON.stringify(failures, null, 2)}\n`);
  const manifest = { format: "newsgraph-build", version: 1, base: iris.base, pipeline, assembly, shard, digest, summary: assembled, articles: ok };
  writeFileAtomic(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  // Only now that the manifest no longer lists them: outputs of articles gone from the inputs.
  const current = new Set(units.map((u) => u.id));
  for (const id of listOutputIds(out)) if (!current.has(id)) removeArticleOutputs(paths, id);

  return {
    out,
    articles: ok.length,
    extracted: todo.length,
    reused,
    words: ordered.reduce((n, s) => n + s.words, 0),
    failures,
    warnings: ordered.flatMap((s) => s.warnings),
    ...assembled,
  };
}
