// The common shape every input format is read into: the text the pipeline
// indexes plus whatever metadata the format carried. Strings in, no fs.

export type ArticleFormat = "txt" | "html" | "md";

export interface ReadArticle {
  /** The text the offsets will index (a BOM stripped, nothing else changed for txt). */
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly warnings: readonly string[];
}

/** Extensions of the formats read as articles. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "txt",
  ".text": "txt",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".md": "md",
  ".markdown": "md",
};
