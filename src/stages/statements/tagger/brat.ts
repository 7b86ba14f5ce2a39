// Reads PolNeAR attributions from BRAT standoff (Source, Cue, Content spans
// tied by Attribution events), for training the attribution tagger. Strings in, no fs.
import type { Span } from "../../../model/span.js";

export interface GoldAttribution {
  readonly content: readonly Span[];
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
}

/** BRAT offsets count code points; JavaScript strings count UTF-16 units. */
function codePointMapper(text: string): (x: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (x) => x;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (x) => map[x] ?? u;
}

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

export function parseBrat(ann: string, text: string): GoldAttribution[] {
  const conv = codePointMapper(text);
  const spans = new Map<string, Span[]>();
  const events: string[][][] = [];
  for (const line of ann.split("\n")) {
    const t = /^(T\d+)\t(\S+) ([0-9; ]+)\t?/.exec(line);
    if (t) {
      const frags = (t[3] ?? "")
        .trim()
        .split(";")
        .map((f) => f.trim().split(/\s+/).map(Number));
      spans.set(
        t[1] ?? "",
        frags.map(([s, e]) => ({ start: conv(s ?? 0), end: conv(e ?? 0) })),
      );
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e)
      events.push(
        (e[1] ?? "")
          .trim()
          .split(/\s+/)
          .map((a) => a.split(":")),
      );
  }
  const out: GoldAttribution[] = [];
  for (const args of events) {
    if (!/^Attribution/.test(args[0]?.[0] ?? "")) continue;
    const role = (name: string): Span[] =>
      args
        .slice(1)
        .filter(([r]) => (r ?? "").replace(/\d+$/, "") === name)
        .flatMap(([, id]) => spans.get(id ?? "") ?? [])
        .sort(byStart);
    const content = role("Content");
    if (content.length) out.push({ content, source: role("Source"), cue: role("Cue") });
  }
  return out;
}

/** The Discard spans of an annotation file (headlines, boilerplate the annotators set aside). */
export function parseDiscard(ann: string, text: string): Span[] {
  const conv = codePointMapper(text);
  const out: Span[] = [];
  for (const line of ann.split("\n")) {
    const t = /^T\d+\tDiscard ([0-9; ]+)\t?/.exec(line);
    if (!t) continue;
    for (const frag of (t[1] ?? "").trim().split(";")) {
      const [s, e] = frag.trim().split(/\s+/).map(Number);
      out.push({ start: conv(s ?? 0), end: conv(e ?? 0) });
    }
  }
  return out.sort(byStart);
}
