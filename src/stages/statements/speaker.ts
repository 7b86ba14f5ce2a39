// Finds the source of an attribution next to its cue: the mention or noun
// phrase right before the cue ("Putin said", "A Kremlin statement later
// said") or right after it ("said Putin", "said the spokesman").
import type { Mention } from "../../model/entity.js";
import type { Speaker } from "../../model/statement.js";
import type { TokenView } from "../token-view.js";

const SKIP_BEFORE_CUE = new Set(["ADV", "AUX", "PART"]);
/** "Putin himself said": a reflexive after a name that only stresses it. */
export const REFLEXIVES: ReadonlySet<string> = new Set(["himself", "herself", "itself", "themselves"]);
const INTENSIFIERS = new Set([...REFLEXIVES, "also", "too"]);
const NP_TAGS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "who"]);

export interface MentionIndex {
  /** The resolved mention covering a character offset, if any. */
  at(offset: number): Mention | undefined;
}

export function mentionIndex(mentions: readonly Mention[]): MentionIndex {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return {
    at: (offset) => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid]?.end ?? 0) <= offset) lo = mid + 1;
        else hi = mid;
      }
      const m = sorted[lo];
      return m && m.start <= offset && offset < m.end ? m : undefined;
    },
  };
}

function speakerFromTokens(view: TokenView, mentions: MentionIndex, first: number, last: number): Speaker | null {
  const a = view.tokens[first];
  const b = view.tokens[last];
  if (!a || !b || last < first) return null;
  // Prefer the head mention of the phrase (its last resolved mention).
  for (let k = last; k >= first; k--) {
    const t = view.tokens[k];
    const m = t ? mentions.at(t.start) : undefined;
    if (m?.entity && m.start >= a.start) return { start: a.start, end: Math.max(b.end, m.end), entity: m.entity };
  }
  return { start: a.start, end: b.end, entity: null };
}

/** The speaker phrase ending just before token `cue`, or null. */
export function speakerBefore(view: TokenView, mentions: MentionIndex, cue: number, limit: number): Speaker | null {
  let k = cue - 1;
  while (
    k >= limit &&
    ((SKIP_BEFORE_CUE.has(view.tokens[k]?.pos ?? "") && !SUBJECT_PRONOUNS.has(view.word(k).toLowerCase())) || INTENSIFIERS.has(view.word(k).toLowerCase()))
  )
    k--;
  if (k < limit) return null;
  const end = k;
  const m = mentions.at(view.tokens[k]?.start ?? -1);
  if (m?.entity) {
    // extend over the whole mention, and over a title before it
    while (k > limit && (view.tokens[k - 1]?.end ?? 0) > m.start) k--;
    return speakerFromTokens(view, mentions, k, end);
  }
  const word = view.word(k).toLowerCase();
  if (view.tokens[k]?.pos === "PRON") return SUBJECT_PRONOUNS.has(word) ? speakerFromTokens(view, mentions, k, k) : null;
  if (!["NOUN", "PROPN"].includes(view.tokens[k]?.pos ?? "")) return null;
  while (k - 1 >= limit && NP_TAGS.has(view.tokens[k - 1]?.pos ?? "") && view.tokens[k - 1]?.pos !== "PRON") {
    k--;
    if (view.tokens[k]?.pos === "DET") break;
  }
  return speakerFromTokens(view, mentions, k, end);
}

/** The speaker phrase starting just after token `cue` ("said Putin"), or null. */
export function speakerAfter(view: TokenView, mentions: MentionIndex, cue: number, limit: number): Speaker | null {
  let k = cue + 1;
  if (k >= limit) return null;
  const m = mentions.at(view.tokens[k]?.start ?? -1);
  const first = k;
  if (m?.entity && m.kind !== "pronoun") {
    while (k + 1 < limit && (view.tokens[k + 1]?.start ?? Infinity) < m.end) k++;
    return speakerFromTokens(view, mentions, first, k);
  }
  if (view.tokens[k]?.pos === "PRON" && SUBJECT_PRONOUNS.has(view.word(k).toLowerCase())) return speakerFromTokens(view, mentions, k, k);
  if (!["DET", "NOUN", "PROPN", "ADJ"].includes(view.tokens[k]?.pos ?? "")) return null;
  while (k + 1 < limit && ["DET", "NOUN", "PROPN", "ADJ", "NUM"].includes(view.tokens[k + 1]?.pos ?? "")) k++;
  if (!["NOUN", "PROPN"].includes(view.tokens[k]?.pos ?? "")) return null;
  return speakerFromTokens(view, mentions, first, k);
}
