// An article unit: one article of a build, wherever it comes from (a file, a
// line of a JSON Lines file, standard input), with a stable id and the hash of
// its bytes. Units are plain data, so they cross into worker threads.
import { createHash } from "node:crypto";
import type { ArticleFormat } from "../stages/read/read-article.js";

export type UnitInput =
  | { readonly kind: "file"; readonly file: string; readonly format: ArticleFormat }
  | { readonly kind: "jsonl"; readonly file: string; readonly line: number; readonly offset: number; readonly length: number }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array; readonly format: ArticleFormat | "json" };

export interface ArticleUnit {
  readonly id: string;
  /** Where it came from, for messages and errors.json: a path, or path:line. */
  readonly label: string;
  /** Hash of the bytes read, or of size and time for a file too large to read. */
  readonly hash: string;
  readonly input: UnitInput;
}

export const hashBytes = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex").slice(0, 32);

/** A stable hash of a string, for ids and shards. */
export const hashString = (value: string): string => createHash("sha1").update(value).digest("hex");
