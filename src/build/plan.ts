// Plans a build: expands files into article units (one per file, one per
// JSON Lines line, one or more for standard input), gives each a unique
// stable id and the hash of its bytes, and keeps this machine's shard.
import fs from "node:fs";
import { scanLines } from "../io/jsonl-lines.js";
import { formatOfFile } from "../io/read-article.js";
import { MAX_ARTICLE_BYTES } from "../stages/read/decode.js";
import { articleIdFrom, slugId } from "../stages/read/plain-text.js";
import { sniffFormat } from "../stages/read/read-format.js";
import { type Shard, inShard } from "./shard.js";
import { type ArticleUnit, hashBytes, hashString } from "./unit.js";

const isJsonl = (file: string): boolean => /\.(jsonl|ndjson)$/i.test(file);

/** The `id` field of a JSON Lines article, if the line is an object that has one. */
function jsonId(bytes: Uint8Array): string | null {
  try {
    const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof data !== "object" || data === null) return null;
    const id = (data as { id?: unknown }).id;
    return typeof id === "string" || typeof id === "number" ? slugId(String(id)) || null : null;
  } catch {
    return null;
  }
}

class IdRegistry {
  private readonly used = new Set<string>();
  /** The wanted id, or with a short hash of the unit's key when another unit has it. */
  take(wanted: string, key: string): string {
    let id = wanted || "article";
    if (this.used.has(id)) id = `${id}-${hashString(key).slice(0, 8)}`;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${hashString(key).slice(0, 8)}-${n}`;
    this.used.add(id);
    return id;
  }
}

function* fileUnits(file: string, ids: IdRegistry): Generator<ArticleUnit> {
  if (isJsonl(file)) {
    const stem = articleIdFrom(file);
    for (const ref of scanLines(file)) {
      const key = `${file}#${ref.line}`;
      const id = ids.take(jsonId(ref.bytes) ?? `${stem}-${ref.line}`, key);
      yield {
        id,
        label: `${file}:${ref.line}`,
        hash: hashBytes(ref.bytes),
        input: { kind: "jsonl", file, line: ref.line, offset: ref.offset, length: ref.length },
      };
    }
    return;
  }
  const id = ids.take(articleIdFrom(file), file);
  const input = { kind: "file", file, format: formatOfFile(file) } as const;
  let hash: string;
  try {
    const stat = fs.statSync(file);
    hash = stat.size > MAX_ARTICLE_BYTES ? `large:${stat.size}:${stat.mtimeMs}` : hashBytes(fs.readFileSync(file));
  } catch {
    hash = "unreadable";
  }
  yield { id, label: file, hash, input };
}

function* stdinUnits(bytes: Uint8Array, ids: IdRegistry): Generator<ArticleUnit> {
  const text = new TextDecoder().decode(bytes.subarray(0, 1 << 16));
  if (sniffFormat(text) !== "jsonl") {
    const format = sniffFormat(text) as "txt" | "html" | "md";
    yield { id: ids.take("stdin", "stdin"), label: "stdin", hash: hashBytes(bytes), input: { kind: "bytes", bytes, format } };
    return;
  }
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    line++;
    const lineBytes = bytes.slice(start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
    start = end + 1;
    if (lineBytes.every((b) => b === 32 || b === 9 || b === 13)) continue;
    const id = ids.take(jsonId(lineBytes) ?? `stdin-${line}`, `stdin#${line}`);
    yield { id, label: `stdin:${line}`, hash: hashBytes(lineBytes), input: { kind: "bytes", bytes: lineBytes, format: "json" } };
  }
}

export interface PlanOptions {
  readonly stdin?: Uint8Array;
  readonly shard?: Shard;
}

/** Every unit of the inputs, in input order; ids are assigned over all inputs before sharding, so every shard agrees. */
export function planUnits(files: readonly string[], options: PlanOptions = {}): ArticleUnit[] {
  const ids = new IdRegistry();
  const units: ArticleUnit[] = [];
  for (const file of files) for (const unit of fileUnits(file, ids)) units.push(unit);
  if (options.stdin) for (const unit of stdinUnits(options.stdin, ids)) units.push(unit);
  const shard = options.shard;
  return shard ? units.filter((u) => inShard(u.id, shard)) : units;
}
