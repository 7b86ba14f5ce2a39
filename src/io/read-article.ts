// Reads one article file from disk: bytes decoded with the checks of the read
// stage. The only place besides inputs.ts that reads user files.
import fs from "node:fs";
import { NewsgraphError } from "../pipeline/errors.js";
import { decodeArticle, MAX_ARTICLE_BYTES } from "../stages/read/decode.js";

export function readArticleFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new NewsgraphError("E_NOT_FOUND", `${file}: no such file`);
  }
  if (stat.isDirectory()) throw new NewsgraphError("E_BAD_INPUT", `${file}: is a folder; give a file, or use "newsgraph build" for folders`);
  if (stat.size > MAX_ARTICLE_BYTES) {
    throw new NewsgraphError("E_TOO_LARGE", `${file}: ${(stat.size / 1048576).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`);
  }
  return decodeArticle(fs.readFileSync(file), file);
}
