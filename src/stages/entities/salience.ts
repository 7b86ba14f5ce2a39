// Chooses the antecedent of a pronoun or possessive: the most salient person
// mentioned shortly before it, preferring grammatical subjects to objects of
// prepositions, and agreeing in gender where the gender is known.
import type { Token } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";

export interface Candidate {
  readonly entity: string;
  readonly mention: Mention;
  readonly sentence: number;
  readonly gender: "m" | "f" | undefined;
}

export interface SalienceContext {
  readonly tokens: readonly Token[];
  /** Token index at a character offset (the token starting there or after). */
  tokenAt(offset: number): number;
}

const MAX_SENTENCE_DISTANCE = 3;

function subjectLike(ctx: SalienceContext, m: Mention): boolean {
  let k = ctx.tokenAt(m.end);
  // skip a possessive ending and appositive commas: "Putin's", "Putin, who"
  while (ctx.tokens[k] && ["PART", "PUNCT"].includes(ctx.tokens[k]?.pos ?? "") && k < ctx.tokenAt(m.end) + 2) k++;
  const next = ctx.tokens[k];
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
}

function afterPreposition(ctx: SalienceContext, m: Mention): boolean {
  const k = ctx.tokenAt(m.start) - 1;
  return ctx.tokens[k]?.pos === "ADP";
}

export function mostSalient(
  ctx: SalienceContext,
  pronoun: Mention,
  pronounSentence: number,
  gender: "m" | "f",
  candidates: readonly Candidate[],
): string | null {
  let best: { entity: string; score: number } | null = null;
  const seen = new Map<string, number>();
  for (const c of candidates) {
    if (c.mention.start >= pronoun.start) break;
    seen.set(c.entity, (seen.get(c.entity) ?? 0) + 1);
    const distance = pronounSentence - c.sentence;
    if (distance > MAX_SENTENCE_DISTANCE || (c.gender !== undefined && c.gender !== gender)) continue;
    let score = -distance;
    if (subjectLike(ctx, c.mention)) score += 2;
    if (afterPreposition(ctx, c.mention)) score -= 1;
    if (distance === 0) score += 0.5;
    score += Math.min(seen.get(c.entity) ?? 0, 4) * 0.25;
    score += c.mention.start / 1e9; // later wins ties
    if (!best || score > best.score) best = { entity: c.entity, score };
  }
  return best?.entity ?? null;
}
