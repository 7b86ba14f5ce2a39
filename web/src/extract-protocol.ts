// Messages between the page and the extraction worker.
import type { ExtractedArticle } from "../../src/graph/article-graph.js";

export interface ExtractRequest {
  readonly seq: number;
  readonly text: string;
  readonly title: string | null;
}

export type ExtractReply =
  | { readonly seq: number; readonly ok: true; readonly article: ExtractedArticle }
  /** `stage` "load": the models could not be loaded (the page may fall back to the server); "extract": the article itself failed. */
  | { readonly seq: number; readonly ok: false; readonly stage: "load" | "extract"; readonly message: string };
