// A stage reads the document model and returns a new one with its layers
// added (spaCy's components, made immutable).
import type { ArticleDoc, Layer } from "../model/doc.js";

export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: ArticleDoc): ArticleDoc;
}
