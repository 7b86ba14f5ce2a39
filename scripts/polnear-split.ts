// Reads a PolNeAR split for training and evaluation: each article run through
// the pipeline up to its entities, with its gold tags, gold contents and
// Discard spans (the first annotation of an article, as the shared scorer uses).
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_STAGES } from "../src/pipeline/default-stages.js";
import { runPipeline } from "../src/pipeline/run-pipeline.js";
import { readPlainText } from "../src/stages/read/plain-text.js";
import { findParagraphs } from "../src/stages/segment/segment.js";
import { findQuotations } from "../src/stages/statements/quotes.js";
import { parseBrat, parseDiscard } from "../src/stages/statements/tagger/brat.js";
import { goldTags } from "../src/stages/statements/tagger/gold-tags.js";
import type { TrainingExample } from "../src/stages/statements/tagger/training.js";

export const POLNEAR = path.resolve(import.meta.dirname, "../../shared/data/polnear");

export interface Example extends TrainingExample {
  readonly id: string;
  /** The annotation file the gold came from. */
  readonly ann: string;
}

const UNTIL = DEFAULT_STAGES.findIndex((s) => s.name === "entities");

export function loadSplit(split: string): Example[] {
  const dir = path.join(POLNEAR, split);
  const anns = fs
    .readdirSync(path.join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const out: Example[] = [];
  for (const file of fs
    .readdirSync(path.join(dir, "text"))
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const id = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${id}_`) && !a.slice(id.length + 1, -4).includes("_"));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(dir, "text", file), "utf8");
    const doc = runPipeline(readPlainText(text, { id }), DEFAULT_STAGES.slice(0, UNTIL + 1));
    const quotes = findQuotations(doc.text, findParagraphs(doc.text)).map((q) => q.outer);
    const annText = fs.readFileSync(path.join(dir, "attributions", ann), "utf8");
    const attributions = parseBrat(annText, text);
    const gold = goldTags(doc.tokens ?? [], attributions);
    out.push({ id, ann, doc, quotes, gold, contents: attributions.map((a) => a.content), discard: parseDiscard(annText, text) });
  }
  return out;
}
