// The read-only handle the page exposes as `window.newsgraph`, for the
// browser tests, the benchmark and the console.
import type Sigma from "sigma";
import type { ExtractedArticle } from "../../src/graph/article-graph.js";
import type { LayoutStats } from "./layout.js";
import type { RenderEdge, RenderNode } from "./render-graph.js";

export interface TestHandle {
  readonly renderer: Sigma<RenderNode, RenderEdge>;
  select(id: string | null): void;
  layoutRunning(): boolean;
  layoutStats(): LayoutStats;
  startLayout(): void;
  stopLayout(): void;
  /** Entities in the rendering graph. */
  order(): number;
  /** Entities the filters keep. */
  visibleNodes(): string[];
  /** Extracts an article as "Add an article" does (in the page), without adding it. */
  extract(text: string, title: string | null, timeLimitMs?: number): Promise<ExtractedArticle>;
}
