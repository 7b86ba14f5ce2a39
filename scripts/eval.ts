#!/usr/bin/env -S npx tsx
// Scores newsgraph on the development splits with the shared scorers:
// attribution on PolNeAR dev, entities on CoNLL-2003 eng.testa; and the
// meetings and memberships it finds in PolNeAR train and dev against hand
// judgements.
//   npm run eval [-- attribution|ner|relations] [--keep DIR] [--fast]   (--fast: with the perceptron tagger, as `newsgraph build --fast`)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readJudged, relationsReport } from "./judged-relations.js";
import { extractFolder, option, SHARED, score } from "./scoring.js";

const args = process.argv.slice(2);
const which = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--keep") ?? "all";
const keep = option("keep");
const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-eval-"));
/** PolNeAR splits extracted in this run: attribution and relations share the dev extraction. */
const polnear = new Map<string, string>();
function extractPolnear(split: string): string {
  let dir = polnear.get(split);
  if (!dir) {
    dir = path.join(work, `polnear-${split}`);
    extractFolder(path.join(SHARED, "data/polnear", split, "text"), dir);
    polnear.set(split, dir);
  }
  return dir;
}

if (which === "all" || which === "attribution") {
  console.log("== attribution: PolNeAR dev ==");
  score("score-attribution.mjs", ["--gold", path.join(SHARED, "data/polnear/dev"), "--pred", extractPolnear("dev")]);
}
if (which === "all" || which === "ner") {
  console.log("== entities: CoNLL-2003 eng.testa ==");
  const gold = path.join(SHARED, "data/conll2003/eng.testa");
  const docs = path.join(work, "conll-docs");
  execFileSync("node", [path.join(SHARED, "eval/conll-to-text.mjs"), "--gold", gold, "--out", docs]);
  extractFolder(docs, path.join(work, "conll-pred"), path.join(work, "conll-names"));
  console.log("-- full output (entities with every mention, pronouns and descriptions included) --");
  score("score-ner.mjs", ["--gold", gold, "--pred", path.join(work, "conll-pred")]);
  console.log("-- name mentions only (what CoNLL annotates) --");
  score("score-ner.mjs", ["--gold", gold, "--pred", path.join(work, "conll-names")]);
}
if (which === "all" || which === "relations") {
  console.log("== relations: PolNeAR train and dev, judged by hand (data/eval/) ==");
  const splits = ["train", "dev"].map((split) => ({ split, dir: extractPolnear(split) }));
  for (const [predicate, file] of [
    ["met", "meetings.tsv"],
    ["member-of", "memberships.tsv"],
  ] as const) {
    console.log(`-- ${predicate} (data/eval/${file}) --`);
    console.log(relationsReport(predicate, readJudged(path.resolve(import.meta.dirname, "../data/eval", file)), splits));
  }
}
if (!keep) fs.rmSync(work, { recursive: true, force: true });
