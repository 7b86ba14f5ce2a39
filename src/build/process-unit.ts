// Extracts one article unit and writes its outputs: the extraction, the text
// its offsets index, then its state. Runs in a worker thread (or in process);
// every failure becomes an outcome with a code, never an exception.
import { extract } from "../extract.js";
import { readLineAt } from "../io/jsonl-lines.js";
import { readArticleBytes, readArticleFrom } from "../io/read-article.js";
import { writeFileAtomic } from "../io/write-atomic.js";
import { isNewsgraphError } from "../pipeline/errors.js";
import { parseJsonlArticle } from "../stages/read/jsonl.js";
import type { ReadArticle } from "../stages/read/read-article.js";
import { injectFault } from "./fault.js";
import { outPaths } from "./layout.js";
import { clearArticleOutputs, writeState } from "./state.js";
import { type ArticleUnit, hashBytes } from "./unit.js";

export interface UnitContext {
  readonly out: string;
  readonly pipeline: string;
  /** Extract with the fast attribution tagger (`--fast`). */
  readonly fast?: boolean;
}

export type UnitOutcome =
  | { readonly id: string; readonly label: string; readonly ok: true; readonly warnings: readonly string[]; readonly words: number }
  | { readonly id: string; readonly label: string; readonly ok: false; readonly code: string; readonly message: string; readonly warnings: readonly string[] };

interface Loaded extends ReadArticle {
  readonly hash: string;
  readonly source: string;
}

function load(unit: ArticleUnit): Loaded {
  const input = unit.input;
  if (input.kind === "file") {
    const bytes = readArticleBytes(input.file);
    return { ...readArticleFrom(bytes, input.format, unit.label), hash: hashBytes(bytes), source: input.file };
  }
  const bytes = input.kind === "jsonl" ? readLineAt(input.file, input.offset, input.length) : input.bytes;
  if (input.kind === "bytes" && input.format !== "json")
    return { ...readArticleFrom(bytes, input.format, unit.label), hash: hashBytes(bytes), source: "stdin" };
  const a = parseJsonlArticle(new TextDecoder().decode(bytes), unit.label);
  return { text: a.text, title: a.title, author: a.author, published: a.published, warnings: [], hash: hashBytes(bytes), source: a.url ?? unit.label };
}

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

export function processUnit(unit: ArticleUnit, ctx: UnitContext): UnitOutcome {
  const paths = outPaths(ctx.out);
  let warnings: readonly string[] = [];
  let hash = unit.hash;
  try {
    const article = load(unit);
    warnings = article.warnings;
    hash = article.hash;
    injectFault(unit.label);
    const result = extract(article.text, {
      ...(ctx.fast ? { fast: true } : {}),
      id: unit.id,
      source: article.source,
      ...(article.title ? { title: article.title } : {}),
      ...(article.author ? { author: article.author } : {}),
      ...(article.published ? { published: article.published } : {}),
    });
    const words = countWords(article.text);
    writeFileAtomic(paths.extraction(unit.id), `${JSON.stringify(result, null, 2)}\n`);
    writeFileAtomic(paths.text(unit.id), article.text);
    writeState(paths, { id: unit.id, label: unit.label, hash, pipeline: ctx.pipeline, status: "ok", failure: null, warnings, words });
    return { id: unit.id, label: unit.label, ok: true, warnings, words };
  } catch (error) {
    const failure = describeFailure(unit.label, error);
    clearArticleOutputs(paths, unit.id);
    writeState(paths, { id: unit.id, label: unit.label, hash, pipeline: ctx.pipeline, status: "failed", failure, warnings, words: 0 });
    return { id: unit.id, label: unit.label, ok: false, ...failure, warnings };
  }
}

/** A typed error keeps its code; anything else is a crash inside a stage, named by its first frame. */
export function describeFailure(label: string, error: unknown): { code: string; message: string } {
  if (isNewsgraphError(error)) return { code: error.code, message: error.message };
  const e = error instanceof Error ? error : new Error(String(error));
  const frame = /\n\s+at (.*)/.exec(e.stack ?? "")?.[1]?.replace(/\(.*[\\/](src[\\/].*)\)/, "($1)") ?? "";
  const kind = e instanceof RangeError && /call stack/.test(e.message) ? "stack overflow" : e.name;
  return { code: "E_INTERNAL", message: `${label}: extraction failed (${kind}: ${e.message}${frame ? ` at ${frame}` : ""})` };
}
