// The timeline strip: statements per day as bars, and a brush. Dragging across
// it sets the date filter; a click without a drag clears it.
import { el } from "./dom.js";
import { dayNumber, dayString, type TimelineDomain } from "./timeline-bins.js";

export class Timeline {
  private readonly canvas = el("canvas", { className: "timeline-bars" });
  private readonly label = el("span", { className: "timeline-label" });
  private range: [number, number] | null = null;
  private drag: { from: number; x: number; moved: boolean } | null = null;

  constructor(
    container: HTMLElement,
    private readonly domain: TimelineDomain | null,
    private readonly onBrush: (from: string | null, to: string | null) => void,
  ) {
    container.replaceChildren(this.canvas, this.label);
    if (!domain) {
      this.label.textContent = "No dated statements";
      return;
    }
    this.canvas.setAttribute("role", "slider");
    this.canvas.setAttribute("aria-label", "Statements per day; drag to filter by date");
    this.canvas.addEventListener("pointerdown", (e) => this.down(e));
    this.canvas.addEventListener("pointermove", (e) => this.move(e));
    this.canvas.addEventListener("pointerup", (e) => this.up(e));
    new ResizeObserver(() => this.draw()).observe(container);
  }

  /** Shows a range set elsewhere (URL, date inputs) without firing onBrush. */
  setRange(from: string | null, to: string | null): void {
    if (!this.domain || (!from && !to)) this.range = null;
    else this.range = [from ? dayNumber(from) : this.domain.first, to ? dayNumber(to) : this.domain.last];
    this.draw();
  }

  private dayAt(e: PointerEvent): number {
    const d = this.domain;
    if (!d) return 0;
    const box = this.canvas.getBoundingClientRect();
    const t = Math.min(1, Math.max(0, (e.clientX - box.left) / Math.max(1, box.width)));
    return d.first + Math.min(d.last - d.first, Math.floor(t * (d.last - d.first + 1)));
  }

  private down(e: PointerEvent): void {
    this.canvas.setPointerCapture(e.pointerId);
    const day = this.dayAt(e);
    this.drag = { from: day, x: e.clientX, moved: false };
  }

  private move(e: PointerEvent): void {
    if (!this.drag) return;
    const day = this.dayAt(e);
    if (day !== this.drag.from || Math.abs(e.clientX - this.drag.x) > 3) this.drag.moved = true;
    if (this.drag.moved) {
      this.range = [Math.min(this.drag.from, day), Math.max(this.drag.from, day)];
      this.draw();
    }
  }

  private up(e: PointerEvent): void {
    if (!this.drag) return;
    this.move(e);
    const moved = this.drag.moved;
    this.drag = null;
    if (!moved) this.range = null;
    this.draw();
    this.onBrush(this.range ? dayString(this.range[0]) : null, this.range ? dayString(this.range[1]) : null);
  }

  private draw(): void {
    const d = this.domain;
    if (!d) return;
    const ratio = window.devicePixelRatio || 1;
    const w = this.canvas.clientWidth;
    const h = this.canvas.clientHeight;
    this.canvas.width = Math.max(1, Math.round(w * ratio));
    this.canvas.height = Math.max(1, Math.round(h * ratio));
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const n = d.bins.length;
    const slot = w / n;
    const bw = Math.min(slot, 28);
    const inRange = (i: number): boolean => !this.range || (d.first + i >= this.range[0] && d.first + i <= this.range[1]);
    if (this.range) {
      ctx.fillStyle = "rgba(47, 109, 181, 0.12)";
      const x0 = ((this.range[0] - d.first) / n) * w;
      ctx.fillRect(x0, 0, ((this.range[1] - this.range[0] + 1) / n) * w, h);
    }
    d.bins.forEach((c, i) => {
      if (!c) return;
      const bh = Math.max(2, (Math.sqrt(c) / Math.sqrt(d.max)) * (h - 4));
      ctx.fillStyle = inRange(i) ? "#2f6db5" : "#c5ccd3";
      ctx.fillRect(i * slot + (slot - bw) / 2, h - bh, Math.max(1, bw - (bw > 3 ? 1 : 0)), bh);
    });
    const span = this.range ?? [d.first, d.last];
    const count = d.bins.reduce((s, c, i) => s + (inRange(i) ? c : 0), 0);
    this.label.textContent = `${dayString(span[0])} – ${dayString(span[1])} · ${count} statement${count === 1 ? "" : "s"}${this.range ? "" : " (drag to filter)"}`;
  }
}
