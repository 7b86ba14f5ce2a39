// Turns annotated attributions into one BIO tag per token (for training and
// for measuring the tagger): each span fragment opens with B-, tokens already
// tagged by an earlier attribution keep their tag.
import type { Token } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import type { GoldAttribution } from "./brat.js";
import { BEGIN_OF, O, type Role } from "./tags.js";

function tagSpan(tokens: readonly Token[], span: Span, role: Role, tags: Uint8Array): void {
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.end <= span.start) continue;
    if (t.start >= span.end) break;
    if (tags[i] !== O) {
      first = true;
      continue;
    }
    tags[i] = BEGIN_OF[role] + (first ? 0 : 1);
    first = false;
  }
}

export function goldTags(tokens: readonly Token[], gold: readonly GoldAttribution[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  for (const g of gold) {
    for (const s of g.cue) tagSpan(tokens, s, "cue", tags);
    for (const s of g.source) tagSpan(tokens, s, "source", tags);
    for (const s of g.content) tagSpan(tokens, s, "content", tags);
  }
  return tags;
}

/** How often each word is (part of) a cue in tagged documents, as a bucket 1–5 (words below 5% left out). */
export function cueRates(docs: readonly { words: readonly string[]; tags: Uint8Array }[], minCount = 3): Map<string, number> {
  const seen = new Map<string, [number, number]>();
  for (const d of docs) {
    d.words.forEach((w, i) => {
      const c = seen.get(w) ?? [0, 0];
      c[0]++;
      if (d.tags[i] === 3 || d.tags[i] === 4) c[1]++;
      seen.set(w, c);
    });
  }
  const rates = new Map<string, number>();
  for (const [w, [n, cue]] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n < minCount) continue;
    const p = cue / n;
    const b = p >= 0.75 ? 5 : p >= 0.5 ? 4 : p >= 0.3 ? 3 : p >= 0.15 ? 2 : p >= 0.05 ? 1 : 0;
    if (b) rates.set(w, b);
  }
  return rates;
}
