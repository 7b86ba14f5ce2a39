// Reads one article file from disk: bytes decoded with the checks of the read
// stage, then read as its format (by extension). The only place besides
// inputs.ts and jsonl-lines.ts that reads user files.
import fs from "node:fs";
import path from "node:path";
import { NewsgraphError } from "../pipeline/errors.js";
import { checkSize, decodeArticleBytes } from "../stages/read/decode.js";
import { type ArticleFormat, FORMAT_OF_EXTENSION, type ReadArticle } from "../stages/read/read-article.js";
import { readFormat } from "../stages/read/read-format.js";

export const formatOfFile = (file: string): ArticleFormat => FORMAT_OF_EXTENSION[path.extname(file).toLowerCase()] ?? "txt";

/** The bytes of a file, after checking it exists, is a file and is not too large. */
export function readArticleBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new NewsgraphError("E_NOT_FOUND", `${file}: no such file`);
  }
  if (stat.isDirectory()) throw new NewsgraphError("E_BAD_INPUT", `${file}: is a folder; give a file, or use "newsgraph build" for folders`);
  checkSize(stat.size, file);
  return fs.readFileSync(file);
}

/** Decoded bytes read as a format; an article with no text left is E_EMPTY. */
export function readArticleFrom(bytes: Uint8Array, format: ArticleFormat, label: string): ReadArticle {
  const decoded = decodeArticleBytes(bytes, label);
  const article = readFormat(format, decoded.text);
  if (article.text.trim() === "") throw new NewsgraphError("E_EMPTY", `${label}: no article text found`);
  return { ...article, warnings: [...decoded.warnings, ...article.warnings.map((w) => `${label}: ${w}`)] };
}

export function loadArticleFile(file: string): ReadArticle {
  return readArticleFrom(readArticleBytes(file), formatOfFile(file), file);
}

/** The text of an article file, for callers that need no metadata. */
export function readArticleFile(file: string): string {
  return loadArticleFile(file).text;
}
