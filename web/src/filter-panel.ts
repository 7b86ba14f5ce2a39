// The filter controls: entity and link types, article, date range, minimum
// degree and isolated entities. It reports whole Filters objects and can be
// set from outside (URL, timeline brush).
import type { EdgeType, EntityType } from "../../src/graph/serialized.js";
import { EDGE_COLORS, EDGE_TYPES, ENTITY_TYPES, TYPE_COLORS } from "./appearance.js";
import type { Dataset } from "./dataset.js";
import { el } from "./dom.js";
import { type Filters, NO_FILTERS } from "./view-state.js";

type Check<T> = { value: T; input: HTMLInputElement };

function checkbox<T extends string>(value: T, text: string, color: string, name: string): [HTMLLabelElement, Check<T>] {
  const input = el("input");
  input.type = "checkbox";
  input.name = name;
  input.value = value;
  input.checked = true;
  const swatch = el("span", { className: "swatch" });
  swatch.style.background = color;
  return [el("label", { className: "check" }, input, swatch, text), { value, input }];
}

export class FilterPanel {
  private readonly types: Check<EntityType>[] = [];
  private readonly edges: Check<EdgeType>[] = [];
  private readonly article = el("select");
  private readonly from = el("input");
  private readonly to = el("input");
  private readonly degree = el("input");
  private readonly isolated = el("input");

  constructor(
    container: HTMLElement,
    data: Dataset,
    private readonly onChange: (f: Filters) => void,
  ) {
    const typeCounts = new Map<string, number>();
    for (const n of data.nodes.values()) typeCounts.set(n.type, (typeCounts.get(n.type) ?? 0) + 1);
    const edgeCounts = new Map<string, number>();
    for (const e of data.edges.values()) edgeCounts.set(e.type, (edgeCounts.get(e.type) ?? 0) + 1);
    const typeBoxes = ENTITY_TYPES.filter((t) => typeCounts.has(t)).map((t) => checkbox(t, `${t} (${typeCounts.get(t)})`, TYPE_COLORS[t], "type"));
    const edgeBoxes = EDGE_TYPES.filter((t) => edgeCounts.has(t)).map((t) => checkbox(t, `${t} (${edgeCounts.get(t)})`, EDGE_COLORS[t], "edge"));
    this.types.push(...typeBoxes.map(([, c]) => c));
    this.edges.push(...edgeBoxes.map(([, c]) => c));
    this.article.name = "article";
    this.article.append(el("option", {}, "All articles"));
    (this.article.firstChild as HTMLOptionElement).value = "";
    const articles = Object.values(data.file.articles).sort((a, b) => (a.title ?? a.id).localeCompare(b.title ?? b.id));
    for (const a of articles) {
      const option = el("option", { title: a.id }, a.title ?? a.id);
      option.value = a.id;
      this.article.append(option);
    }
    for (const [input, name] of [
      [this.from, "from"],
      [this.to, "to"],
    ] as const) {
      input.type = "date";
      input.name = name;
    }
    this.degree.type = "number";
    this.degree.name = "degree";
    this.degree.min = "0";
    this.degree.max = "1000";
    this.degree.value = "0";
    this.isolated.type = "checkbox";
    this.isolated.name = "isolated";
    const reset = el("button", { className: "reset" }, "Reset filters");
    reset.type = "button";
    reset.addEventListener("click", () => {
      this.set(NO_FILTERS);
      this.onChange(NO_FILTERS);
    });
    const body = el(
      "div",
      { className: "filters-body" },
      el("fieldset", {}, el("legend", {}, "Entities"), ...typeBoxes.map(([l]) => l)),
      el("fieldset", {}, el("legend", {}, "Links"), ...edgeBoxes.map(([l]) => l)),
      el("label", { className: "field" }, "Article", this.article),
      el("div", { className: "dates" }, el("label", { className: "field" }, "From", this.from), el("label", { className: "field" }, "To", this.to)),
      el("label", { className: "field" }, "Minimum links", this.degree),
      el("label", { className: "check" }, this.isolated, "Hide isolated entities"),
      reset,
    );
    body.addEventListener("change", () => this.onChange(this.read()));
    container.replaceChildren(body);
  }

  read(): Filters {
    const chosen = <T>(checks: Check<T>[]): ReadonlySet<T> | null =>
      checks.every((c) => c.input.checked) ? null : new Set(checks.filter((c) => c.input.checked).map((c) => c.value));
    const degree = Number.parseInt(this.degree.value, 10);
    return {
      types: chosen(this.types),
      edgeTypes: chosen(this.edges),
      article: this.article.value || null,
      from: this.from.value || null,
      to: this.to.value || null,
      minDegree: Number.isFinite(degree) && degree > 0 ? degree : 0,
      hideIsolated: this.isolated.checked,
    };
  }

  set(f: Filters): void {
    for (const c of this.types) c.input.checked = f.types === null || f.types.has(c.value);
    for (const c of this.edges) c.input.checked = f.edgeTypes === null || f.edgeTypes.has(c.value);
    this.article.value = f.article ?? "";
    this.from.value = f.from ?? "";
    this.to.value = f.to ?? "";
    this.degree.value = String(f.minDegree);
    this.isolated.checked = f.hideIsolated;
  }
}
