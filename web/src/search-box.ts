// The search box: suggestions as you type (any name or alias), arrow keys and
// Enter to choose, and `/` anywhere on the page to focus it.
import { TYPE_COLORS } from "./appearance.js";
import type { Dataset } from "./dataset.js";
import { el } from "./dom.js";
import { type SearchHit, SearchIndex } from "./search-index.js";

export class SearchBox {
  private index: SearchIndex;
  private hits: SearchHit[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private data: Dataset,
    private readonly onPick: (id: string) => void,
  ) {
    this.index = new SearchIndex(data.nodes);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-autocomplete", "list");
    list.setAttribute("role", "listbox");
    input.addEventListener("input", () => this.update());
    input.addEventListener("keydown", (e) => this.key(e));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    document.addEventListener("keydown", (e) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  setData(data: Dataset): void {
    this.data = data;
    this.index = new SearchIndex(data.nodes);
  }

  private update(): void {
    this.hits = this.index.search(this.input.value, 12);
    this.active = this.hits.length ? 0 : -1;
    this.render();
  }

  private render(): void {
    const items = this.hits.map((hit, i) => {
      const node = this.data.nodes.get(hit.id);
      const swatch = el("span", { className: "swatch" });
      swatch.style.background = node ? TYPE_COLORS[node.type] : "#ccc";
      const li = el(
        "li",
        { className: i === this.active ? "active" : "" },
        swatch,
        el("span", { className: "name" }, hit.label),
        hit.alias ? el("span", { className: "alias" }, ` (${hit.alias})`) : null,
        el("span", { className: "kind" }, node?.type ?? ""),
      );
      li.id = `search-option-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(i === this.active));
      li.dataset.entity = hit.id;
      li.addEventListener("mousedown", (e) => {
        e.preventDefault();
        this.pick(i);
      });
      return li;
    });
    if (this.input.value.trim() && !items.length) items.push(el("li", { className: "empty" }, "No entity by that name"));
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    this.input.setAttribute("aria-expanded", String(!this.list.hidden));
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `search-option-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  private key(e: KeyboardEvent): void {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!this.hits.length) return;
      this.active = (this.active + (e.key === "ArrowDown" ? 1 : -1) + this.hits.length) % this.hits.length;
      this.render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (e.key === "Escape") {
      e.stopPropagation();
      this.input.value = "";
      this.close();
      this.input.blur();
    }
  }

  private pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.input.value = hit.label;
    this.close();
    // hand the keyboard back to the page, so Esc closes the panel
    this.input.blur();
    this.onPick(hit.id);
  }

  private close(): void {
    this.hits = [];
    this.active = -1;
    this.list.replaceChildren();
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
