// The bench's texts: the shared corpora (PolNeAR train and dev, the first
// article), read once; and the one word count every contender is divided by.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** The shared folder beside the repository (NEWSGRAPH_SHARED overrides it). */
const SHARED = process.env.NEWSGRAPH_SHARED ?? path.resolve(ROOT, "../shared");
export const CORPUS_DIRS = [path.join(SHARED, "data/polnear/train/text"), path.join(SHARED, "data/polnear/dev/text"), path.join(SHARED, "articles")];

export const countWords = (text) => text.match(/\S+/g)?.length ?? 0;

export function loadTexts(limit = Number.POSITIVE_INFINITY) {
  const texts = [];
  for (const dir of CORPUS_DIRS) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      if (texts.length >= limit) break;
      texts.push(fs.readFileSync(path.join(dir, name), "utf8"));
    }
  }
  if (texts.length === 0) throw new Error(`no texts in ${CORPUS_DIRS.join(", ")}`);
  return texts;
}
