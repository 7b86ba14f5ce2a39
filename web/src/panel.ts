// The side panel for one entity: who it is, what it said, what was said about
// it, and its relations, each with its evidence. Every entity named here is a
// link that moves the focus to it.
import type { PlaceGeo, RelationRecord, StatementRecord } from "../../src/graph/serialized.js";
import { el } from "./dom.js";
import type { Dataset } from "./dataset.js";

export interface PanelIndex {
  readonly by: ReadonlyMap<string, StatementRecord[]>;
  readonly about: ReadonlyMap<string, StatementRecord[]>;
  readonly relations: ReadonlyMap<string, RelationRecord[]>;
  /** Statements made at a place. */
  readonly here: ReadonlyMap<string, StatementRecord[]>;
}

const PAGE = 40;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexDataset(data: Dataset): PanelIndex {
  const by = new Map<string, StatementRecord[]>();
  const about = new Map<string, StatementRecord[]>();
  const relations = new Map<string, RelationRecord[]>();
  const here = new Map<string, StatementRecord[]>();
  const byDate = (a: StatementRecord, b: StatementRecord): number => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id);
  for (const s of Object.values(data.file.statements)) {
    if (s.speaker?.entity) push(by, s.speaker.entity, s);
    for (const id of s.about) if (id !== s.speaker?.entity) push(about, id, s);
    if (s.place) push(here, s.place, s);
  }
  for (const r of Object.values(data.file.relations)) {
    push(relations, r.subject, r);
    if (r.object !== r.subject) push(relations, r.object, r);
    // a meeting in Sochi is one of Sochi's relations too
    if (r.place && r.place !== r.subject && r.place !== r.object) push(relations, r.place, r);
  }
  for (const list of [...by.values(), ...about.values(), ...here.values()]) list.sort(byDate);
  return { by, about, relations, here };
}

export interface PanelActions {
  focus(entity: string): void;
  close(): void;
  openArticle(article: string, statement: string | null): void;
}

export class EntityPanel {
  constructor(
    private readonly container: HTMLElement,
    private data: Dataset,
    private index: PanelIndex,
    private readonly actions: PanelActions,
  ) {}

  setData(data: Dataset): void {
    this.data = data;
    this.index = indexDataset(data);
  }

  /** A list that shows the first PAGE items and a button for the next ones. */
  private list<T>(className: string, items: readonly T[], render: (item: T) => HTMLElement): HTMLElement {
    if (!items.length) return el("p", { className: "meta" }, className === "articles" ? "No articles." : "None.");
    const ul = el("ul", { className });
    let shown = 0;
    const more = el("button", { className: "more" });
    more.type = "button";
    const next = (): void => {
      ul.append(...items.slice(shown, shown + PAGE).map(render));
      shown = Math.min(items.length, shown + PAGE);
      more.textContent = `Show ${Math.min(PAGE, items.length - shown)} more of ${items.length - shown}`;
      more.hidden = shown >= items.length;
    };
    more.addEventListener("click", next);
    next();
    return el("div", {}, ul, more);
  }

  private link(id: string | null): Node {
    if (!id) return document.createTextNode("—");
    const node = this.data.nodes.get(id);
    if (!node) return document.createTextNode(id);
    const button = el("button", { className: "entity-link", title: `${node.type}: ${node.label}` }, node.label);
    button.type = "button";
    button.dataset.entity = id;
    button.addEventListener("click", () => this.actions.focus(id));
    return button;
  }

  /** Where a grounded place is: its country, coordinates and GeoNames page. */
  private location(id: string, geo: PlaceGeo): HTMLElement {
    const parts: (Node | string)[] = [];
    const country = geo.country;
    if (country && country.entity !== id) parts.push("In ", this.data.nodes.has(country.entity) ? this.link(country.entity) : country.code);
    if (geo.lat !== null && geo.lon !== null) {
      const deg = (v: number, pos: string, neg: string): string => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
      parts.push(parts.length ? " · " : "", `${deg(geo.lat, "N", "S")}, ${deg(geo.lon, "E", "W")}`);
    }
    if (geo.geonames !== null) {
      const a = el("a", { className: "geonames", title: "This place on GeoNames (opens a new tab)" }, "GeoNames");
      a.href = `https://www.geonames.org/${geo.geonames}`;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      parts.push(parts.length ? " · " : "", a);
    }
    return el("p", { className: "meta location" }, ...parts);
  }

  private articleLink(id: string, statement: string | null, title: string): HTMLElement {
    const button = el("button", { className: "article-link", title: "Read the article with its entities and quotations marked" }, title);
    button.type = "button";
    button.dataset.article = id;
    button.addEventListener("click", () => this.actions.openArticle(id, statement));
    return button;
  }

  /** The context sentence with the quoted content marked. */
  private context(s: StatementRecord): HTMLElement {
    const ctx = s.context;
    const from = Math.max(0, s.content.start - ctx.start);
    const to = Math.min(ctx.text.length, s.content.end - ctx.start);
    return el("p", { className: "context" }, ctx.text.slice(0, from), el("mark", {}, ctx.text.slice(from, to)), ctx.text.slice(to));
  }

  private statement(s: StatementRecord, showSpeaker: boolean): HTMLElement {
    const article = this.data.file.articles[s.article];
    const facts = el("div", { className: "facts" });
    const fact = (label: string, value: Node | string): void => {
      facts.append(el("span", {}, `${label}: `, value, " · "));
    };
    if (showSpeaker)
      fact(
        "speaker",
        s.speaker?.entity ? this.link(s.speaker.entity) : s.speaker?.unnamed ? `${s.speaker.text} (unnamed source)` : (s.speaker?.text ?? "unknown"),
      );
    if (s.cue) fact("cue", s.cue);
    if (s.addressee) fact("to", this.link(s.addressee));
    const about = s.about.filter((id) => id !== s.speaker?.entity);
    if (about.length) fact("about", el("span", {}, ...about.flatMap((id, i) => (i ? [", ", this.link(id)] : [this.link(id)]))));
    if (s.date) fact("date", s.date);
    if (s.place) fact("place", this.link(s.place));
    if (s.via) fact("via", this.link(s.via));
    facts.append(el("span", {}, "article: ", this.articleLink(s.article, s.id, article?.title ?? s.article)));
    const item = el(
      "li",
      { className: "statement" },
      el("blockquote", {}, /^["“”‘’']/.test(s.content.text) ? s.content.text : `“${s.content.text}”`),
      this.context(s),
      facts,
    );
    item.dataset.statement = s.id;
    item.dataset.kind = s.kind;
    return item;
  }

  private relation(r: RelationRecord): HTMLElement {
    const what = r.predicate === "role" ? ` ${r.title ?? "role"} of ` : ` ${r.predicate} `;
    const where = [r.place ? " in " : "", r.place ? this.link(r.place) : "", r.date ? ` on ${r.date}` : ""];
    const item = el(
      "li",
      { className: "statement" },
      el("div", {}, this.link(r.subject), what, this.link(r.object), ...where),
      el("p", { className: "context" }, r.evidence.text),
      el("div", { className: "facts" }, "article: ", this.articleLink(r.article, null, this.data.file.articles[r.article]?.title ?? r.article)),
    );
    item.dataset.relation = r.id;
    return item;
  }

  show(id: string): void {
    const node = this.data.nodes.get(id);
    if (!node) return;
    const close = el("button", { className: "close", title: "Close (Esc)" }, "×");
    close.type = "button";
    close.addEventListener("click", () => this.actions.close());
    const by = this.index.by.get(id) ?? [];
    const about = this.index.about.get(id) ?? [];
    const relations = this.index.relations.get(id) ?? [];
    const here = this.index.here.get(id) ?? [];
    const roles = node.roles.map((r) => el("li", {}, r.title, r.of ? " of " : "", r.of ? this.link(r.of) : ""));
    const parts: (Node | null)[] = [
      close,
      el("h2", {}, node.label),
      el(
        "p",
        { className: "meta" },
        `${node.type} · ${node.mentions} mention${node.mentions === 1 ? "" : "s"} in ${node.articles.length} article${node.articles.length === 1 ? "" : "s"}`,
      ),
      node.aliases.length ? el("p", { className: "meta" }, `Also: ${node.aliases.join(", ")}`) : null,
      node.geo ? this.location(id, node.geo) : null,
      roles.length ? el("ul", {}, ...roles) : null,
      el("h3", {}, `Said (${by.length})`),
      this.list("said", by, (s) => this.statement(s, false)),
      el("h3", {}, `Said about ${node.label} (${about.length})`),
      this.list("said-about", about, (s) => this.statement(s, true)),
      ...(here.length ? [el("h3", {}, `Said in ${node.label} (${here.length})`), this.list("said-here", here, (s) => this.statement(s, true))] : []),
      el("h3", {}, `Relations (${relations.length})`),
      this.list("relations", relations, (r) => this.relation(r)),
      el("h3", {}, `Articles (${node.articles.length})`),
      this.list("articles", node.articles, (a) => el("li", {}, this.articleLink(a, null, this.data.file.articles[a]?.title ?? a))),
    ];
    this.container.replaceChildren(...parts.filter((p): p is Node => p !== null));
    this.container.dataset.entity = id;
    this.container.hidden = false;
    this.container.scrollTop = 0;
  }

  hide(): void {
    this.container.hidden = true;
    delete this.container.dataset.entity;
  }
}
