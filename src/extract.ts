// The library's front door for one article: text in, extraction result out.
import type { ArticleDoc } from "./model/doc.js";
import type { ExtractionResult } from "./model/result.js";
import { DEFAULT_STAGES } from "./pipeline/default-stages.js";
import { type PipelineOptions, runPipeline } from "./pipeline/run-pipeline.js";
import { toResult } from "./pipeline/to-result.js";
import { type ReadOptions, readPlainText } from "./stages/read/plain-text.js";

export interface ExtractOptions extends ReadOptions, PipelineOptions {}

/** Runs the whole pipeline and returns the document model with every layer. */
export function analyse(text: string, options: ExtractOptions = {}): ArticleDoc {
  const doc = readPlainText(text.replace(/^\uFEFF/, ""), options);
  return runPipeline(doc, DEFAULT_STAGES, options);
}

/**
 * Extracts entities, statements and relations from the text of one article.
 *
 * @example
 * const result = extract("Putin met Greek Prime Minister Kyriakos Mitsotakis in Sochi on Wednesday.",
 *   { id: "example", published: "2021-12-08" });
 * result.relations[0]; // { predicate: "met", subject: "vladimir-putin", object: "kyriakos-mitsotakis", place: "sochi", … }
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  return toResult(analyse(text, options));
}
