// One article's text with its entities and quotations marked: quotations from
// the graph's statements, entity mentions from the article's extraction (or
// found by name when that is not at hand). Text goes in as text nodes only.
import type { StatementRecord } from "../../src/graph/serialized.js";
import type { Dataset } from "./dataset.js";
import { el } from "./dom.js";
import { findNames, type MarkSpan, segmentText } from "./text-segments.js";

export interface ArticleSource {
  text(id: string): Promise<string>;
  /** Entity mentions with offsets, or null when the extraction is not available. */
  mentions(id: string): Promise<MarkSpan[] | null>;
}

export function fetchArticleSource(graphUrl: string, data: () => Dataset): ArticleSource {
  const url = (folder: string, id: string, ext: string): string => new URL(`${folder}/${encodeURIComponent(id)}.${ext}`, new URL(graphUrl, location.href)).href;
  return {
    async text(id) {
      const local = data().texts.get(id);
      if (local !== undefined) return local;
      const res = await fetch(url("texts", id, "txt"));
      if (!res.ok) throw new Error(`the text of ${id} is not available (HTTP ${res.status})`);
      return res.text();
    },
    async mentions(id) {
      // pasted articles have no extraction file; their names are found in the text
      if (data().texts.has(id)) return null;
      try {
        const res = await fetch(url("extractions", id, "json"));
        if (!res.ok) return null;
        const json: unknown = await res.json();
        const entities = (json as { entities?: unknown }).entities;
        if (!Array.isArray(entities)) return null;
        return entities.flatMap((e: { id?: unknown; mentions?: unknown }) =>
          typeof e.id === "string" && Array.isArray(e.mentions)
            ? e.mentions
                .filter((m: { start?: unknown; end?: unknown }) => typeof m.start === "number" && typeof m.end === "number")
                .map((m: { start: number; end: number }) => ({ start: m.start, end: m.end, entity: e.id as string }))
            : [],
        );
      } catch {
        return null;
      }
    },
  };
}

export class ArticleView {
  constructor(
    private readonly container: HTMLElement,
    private data: () => Dataset,
    private readonly source: ArticleSource,
    private readonly focus: (entity: string) => void,
  ) {}

  /** Bumped on every open, so a slow fetch never overwrites a later article. */
  private opening = 0;

  get openArticle(): string | null {
    return this.container.hidden ? null : (this.container.dataset.article ?? null);
  }

  async open(id: string, statement: string | null = null): Promise<void> {
    const data = this.data();
    const meta = data.file.articles[id];
    const close = el("button", { className: "close", title: "Close the article (Esc)" }, "×");
    close.type = "button";
    close.addEventListener("click", () => this.close());
    const head = el(
      "header",
      {},
      close,
      el("h2", {}, meta?.title ?? id),
      el("p", { className: "meta" }, [meta?.author, meta?.published?.slice(0, 10), id].filter(Boolean).join(" · ")),
    );
    const body = el("div", { className: "article-text" }, "Loading the article…");
    this.container.replaceChildren(
      head,
      el("p", { className: "key" }, el("span", { className: "quote" }, "quoted words"), " ", el("span", { className: "mention" }, "entity")),
      body,
    );
    this.container.dataset.article = id;
    this.container.hidden = false;
    const token = ++this.opening;
    let text: string;
    try {
      text = await this.source.text(id);
    } catch (error) {
      body.textContent = error instanceof Error ? error.message : String(error);
      return;
    }
    const statements = Object.values(data.file.statements).filter((s) => s.article === id);
    const quotes: MarkSpan[] = statements.map((s) => ({ start: s.content.start, end: s.content.end, statement: s.id }));
    const names = [...data.nodes]
      .filter(([, n]) => n.articles.includes(id))
      .flatMap(([entity, n]) => [n.label, ...n.aliases].map((name) => ({ entity, name })));
    const mentions = (await this.source.mentions(id)) ?? findNames(text, names);
    if (token !== this.opening) return;
    body.replaceChildren(...this.render(text, [...quotes, ...mentions], statements));
    if (statement) {
      const target = body.querySelector<HTMLElement>(`[data-statement="${CSS.escape(statement)}"]`);
      target?.classList.add("focus");
      target?.scrollIntoView({ block: "center" });
    }
  }

  private render(text: string, spans: MarkSpan[], statements: StatementRecord[]): Node[] {
    const speaker = new Map(
      statements.map((s) => [
        s.id,
        s.speaker?.entity ? (this.data().nodes.get(s.speaker.entity)?.label ?? s.speaker.text) : (s.speaker?.text ?? "unknown speaker"),
      ]),
    );
    const out: Node[] = [];
    let quote: HTMLElement | null = null;
    for (const run of segmentText(text.length, spans)) {
      const piece = text.slice(run.start, run.end);
      let node: Node = document.createTextNode(piece);
      if (run.entity && this.data().nodes.has(run.entity)) {
        const entity = run.entity;
        const button = el("button", { className: "mention", title: this.data().nodes.get(entity)?.label ?? entity }, piece);
        button.type = "button";
        button.dataset.entity = entity;
        button.addEventListener("click", () => this.focus(entity));
        node = button;
      }
      if (run.statement) {
        if (!quote || quote.dataset.statement !== run.statement) {
          quote = el("span", { className: "quote", title: `said by ${speaker.get(run.statement) ?? "unknown"}` });
          quote.dataset.statement = run.statement;
          out.push(quote);
        }
        quote.append(node);
      } else {
        quote = null;
        out.push(node);
      }
    }
    return out;
  }

  close(): void {
    this.container.hidden = true;
    delete this.container.dataset.article;
  }
}
