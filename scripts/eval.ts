#!/usr/bin/env -S npx tsx
// Scores newsgraph on the development splits with the shared scorers:
// attribution on PolNeAR dev, entities on CoNLL-2003 eng.testa.
//   npm run eval [-- attribution|ner] [--keep DIR]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { analyse } from "../src/extract.js";
import { toResult } from "../src/pipeline/to-result.js";

const SHARED = path.resolve(import.meta.dirname, "../../shared");
const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith("--")) ?? "all";
const keepAt = args.indexOf("--keep");
const work = keepAt >= 0 && args[keepAt + 1] ? path.resolve(args[keepAt + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-eval-"));

/**
 * Extracts every article of a folder to OUT/X.json. With `namesOut`, also
 * writes the same results keeping only name mentions: CoNLL annotates names,
 * while newsgraph's entities also list the pronouns and descriptions that
 * coreference resolved, which the NER scorer counts as false positives.
 */
function extractFolder(textDir: string, out: string, namesOut?: string): void {
  fs.mkdirSync(out, { recursive: true });
  if (namesOut) fs.mkdirSync(namesOut, { recursive: true });
  const files = fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const t0 = performance.now();
  for (const f of files) {
    const doc = analyse(fs.readFileSync(path.join(textDir, f), "utf8"), { source: path.join(textDir, f) });
    const name = f.replace(/\.txt$/, ".json");
    fs.writeFileSync(path.join(out, name), JSON.stringify(toResult(doc)));
    if (namesOut) {
      const names = { ...doc, mentions: (doc.mentions ?? []).map((m) => (m.kind === "name" ? m : { ...m, start: 0, end: 0 })) };
      const result = toResult(names);
      const named = { ...result, entities: result.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.end > m.start) })) };
      fs.writeFileSync(path.join(namesOut, name), JSON.stringify(named));
    }
  }
  console.log(`extracted ${files.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function score(script: string, scriptArgs: string[]): void {
  console.log(execFileSync("node", [path.join(SHARED, "eval", script), ...scriptArgs], { encoding: "utf8" }));
}

if (which === "all" || which === "attribution") {
  console.log("== attribution: PolNeAR dev ==");
  const gold = path.join(SHARED, "data/polnear/dev");
  extractFolder(path.join(gold, "text"), path.join(work, "polnear-dev"));
  score("score-attribution.mjs", ["--gold", gold, "--pred", path.join(work, "polnear-dev")]);
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
if (keepAt < 0) fs.rmSync(work, { recursive: true, force: true });
