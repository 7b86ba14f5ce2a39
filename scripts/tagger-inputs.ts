// The neural tagger's training data: one JSON line per paragraph with its
// tokens' inputs (neural-inputs.ts) and gold tags, as
// scripts/train-neural-tagger.py reads them; `article` is the article's index
// in its split, which the k-fold models of train-attribution use (fold d % k).
import fs from "node:fs";
import { tokenContext } from "../src/stages/statements/tagger/context.js";
import { neuralInputs } from "../src/stages/statements/tagger/neural-inputs.js";
import type { Example } from "./polnear-split.js";

/** Writes the paragraphs of `examples` to `file` (whole or not at all); returns how many. */
export function writeTaggerInputs(examples: readonly Example[], cueRates: ReadonlyMap<string, number>, file: string): number {
  const rows: string[] = [];
  examples.forEach((e, article) => {
    const c = tokenContext(e.doc, cueRates, e.quotes);
    const inputs = neuralInputs(c);
    const width = c.n ? inputs.cats.length / c.n : 0;
    for (const s of c.sequences) {
      rows.push(
        JSON.stringify({
          doc: e.doc.id ?? "",
          article,
          from: s.from,
          words: inputs.words.slice(s.from, s.to),
          cats: Array.from(inputs.cats.subarray(s.from * width, s.to * width)),
          gold: Array.from(e.gold.subarray(s.from, s.to)),
        }),
      );
    }
  });
  fs.writeFileSync(`${file}.part`, `${rows.join("\n")}\n`);
  fs.renameSync(`${file}.part`, file);
  return rows.length;
}
