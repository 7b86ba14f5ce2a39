// Labels drafts against gold attributions the way the PolNeAR scorer matches
// them: tokens are runs of non-space characters holding a letter or digit, a
// draft matches a gold content when their token Jaccard is at least 0.5,
// one to one, best pairs first.
import type { Span } from "../../../model/span.js";

const WORD = /\S+/g;
const ALNUM = /[\p{L}\p{N}]/u;

/** Scorer tokens of a text: [start, end) of each run of non-space characters with a letter or digit. */
export function scorerTokens(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(WORD)) if (ALNUM.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Indices of the tokens a list of fragments touches on a letter or digit. */
export function tokensOf(text: string, tokens: readonly Span[], frags: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of frags) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.end ?? 0) <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && (tokens[i]?.start ?? Infinity) < s.end; i++) {
      const t = tokens[i];
      if (t && ALNUM.test(text.slice(Math.max(s.start, t.start), Math.min(s.end, t.end)))) out.add(i);
    }
  }
  return out;
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter ? inter / (a.size + b.size - inter) : 0;
}

/** For each predicted content, whether it matches a gold content (Jaccard ≥ 0.5, one to one). */
export function matchContents(text: string, predicted: readonly Span[], gold: readonly (readonly Span[])[]): boolean[] {
  const tokens = scorerTokens(text);
  const P = predicted.map((p) => tokensOf(text, tokens, [p]));
  const G = gold.map((g) => tokensOf(text, tokens, g));
  const pairs: { gi: number; pi: number; j: number }[] = [];
  G.forEach((g, gi) => {
    P.forEach((p, pi) => {
      const j = jaccard(p, g);
      if (j >= 0.5) pairs.push({ gi, pi, j });
    });
  });
  pairs.sort((a, b) => b.j - a.j || a.gi - b.gi || a.pi - b.pi);
  const gUsed = new Set<number>();
  const matched = predicted.map(() => false);
  for (const { gi, pi } of pairs) {
    if (gUsed.has(gi) || matched[pi]) continue;
    gUsed.add(gi);
    matched[pi] = true;
  }
  return matched;
}
