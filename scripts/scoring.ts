// What the evaluation scripts share: extracting a folder of articles to the
// product's JSON, and running one of the shared scorers on it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { analyse } from "../src/extract.js";
import { toResult } from "../src/pipeline/to-result.js";

export const SHARED = path.resolve(import.meta.dirname, "../../shared");

/** The value after `--name` on the command line, if any. */
export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Extracts every article of a folder to OUT/X.json. With `namesOut`, also
 * writes the same results keeping only name mentions: CoNLL annotates names,
 * while newsgraph's entities also list the pronouns and descriptions that
 * coreference resolved, which the NER scorer counts as false positives.
 */
/** `--fast` on a script's command line: extract with the perceptron tagger instead of the neural one. */
const FAST = process.argv.includes("--fast");

export function extractFolder(textDir: string, out: string, namesOut?: string): void {
  fs.mkdirSync(out, { recursive: true });
  if (namesOut) fs.mkdirSync(namesOut, { recursive: true });
  const files = fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const t0 = performance.now();
  for (const f of files) {
    const doc = analyse(fs.readFileSync(path.join(textDir, f), "utf8"), {
      source: path.join(textDir, f),
      ...(FAST ? { fast: true } : {}),
    });
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

/** Runs a scorer of ../shared/eval and returns its report, printing it unless `quiet`. */
export function score(script: string, scriptArgs: string[], quiet = false): string {
  const report = execFileSync("node", [path.join(SHARED, "eval", script), ...scriptArgs], { encoding: "utf8" });
  if (!quiet) console.log(report);
  return report;
}
