// Builds documents by hand for unit tests (spaCy's manual Doc): run the read
// and segment stages, and optionally more, on a short text.
import type { ArticleDoc } from "../../src/model/doc.js";
import { DEFAULT_STAGES } from "../../src/pipeline/default-stages.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { readPlainText } from "../../src/stages/read/plain-text.js";

export type StageName = "segment" | "mentions" | "entities" | "statements" | "relations";

/** Reads `text` as an article and runs the pipeline up to and including `until`. */
export function makeDoc(text: string, until: StageName = "segment", published = "2021-12-08T12:00:00"): ArticleDoc {
  const doc = readPlainText(text, { id: "test", published });
  const last = DEFAULT_STAGES.findIndex((s) => s.name === until);
  return runPipeline(doc, DEFAULT_STAGES.slice(0, last + 1));
}

/** The text a span covers. */
export function spanText(doc: ArticleDoc, span: { start: number; end: number } | null | undefined): string | null {
  return span ? doc.text.slice(span.start, span.end) : null;
}
