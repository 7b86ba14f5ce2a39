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
  /** Followed by a verb: "Putin said", "Putin's aides say". */
  readonly subject: boolean;
  /** The object of a preposition: "with Putin". */
  readonly afterPreposition: boolean;
  /** Mentions of the entity so far, this one included. */
  readonly seen: number;
}

export interface SalienceContext {
  readonly tokens: readonly Token[];
  /** Token index at a character offset (the token starting there or after). */
  tokenAt(offset: number): number;
}

const MAX_SENTENCE_DISTANCE = 3;
const SKIPPED = new Set(["PART", "PUNCT"]);

function subjectLike(ctx: SalienceContext, m: Mention): boolean {
  const after = ctx.tokenAt(m.end);
  let k = after;
  // skip a possessive ending and appositive commas: "Putin's", "Putin, who"
  while (ctx.tokens[k] && SKIPPED.has(ctx.tokens[k]?.pos ?? "") && k < after + 2) k++;
  const next = ctx.tokens[k];
  return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
}

/** What salience needs to know about a mention, computed once when it becomes a candidate. */
export function candidateOf(ctx: SalienceContext, entity: string, mention: Mention, sentence: number, gender: "m" | "f" | undefined, seen: number): Candidate {
  const before = ctx.tokenAt(mention.start) - 1;
  return { entity, mention, sentence, gender, subject: subjectLike(ctx, mention), afterPreposition: ctx.tokens[before]?.pos === "ADP", seen };
}

/**
 * The best antecedent among `candidates` (in text order) for a pronoun;
 * `genderOf` gives the gender learnt so far for entities no list knows.
 */
export function mostSalient(
  pronoun: Mention,
  pronounSentence: number,
  gender: "m" | "f",
  candidates: readonly Candidate[],
  genderOf?: ReadonlyMap<string, "m" | "f">,
): string | null {
  let best: { entity: string; score: number } | null = null;
  // Only the last few sentences count: walk back until they are passed.
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k] as Candidate;
    const distance = pronounSentence - c.sentence;
    if (distance > MAX_SENTENCE_DISTANCE) break;
    if (c.mention.start >= pronoun.start) continue;
    const g = c.gender ?? genderOf?.get(c.entity);
    if (g !== undefined && g !== gender) continue;
    let score = -distance;
    if (c.subject) score += 2;
    if (c.afterPreposition) score -= 1;
    if (distance === 0) score += 0.5;
    score += Math.min(c.seen, 4) * 0.25;
    score += c.mention.start / 1e9; // later wins ties
    // walking backwards, ">=" keeps the earliest of equal scores, as a forward walk with ">" would
    if (!best || score >= best.score) best = { entity: c.entity, score };
  }
  return best?.entity ?? null;
}
