// Rule-based recognition of names: runs of capitalised words, split into a
// stated role and a name, typed by gazetteers and name-shape clues.
import type { EntityType, Mention, Role } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import { NOT_NAMES, ORG_SUFFIXES, PLACE_SUFFIXES } from "../../lexicon/words.js";
import type { GazetteerMatch } from "./gazetteer.js";
import { titleAt } from "./titles.js";
import { isCapitalised, type TokenView } from "../token-view.js";

const CONNECTORS = new Set(["of", "for", "&", "de", "van", "von", "der", "al", "bin", "du", "la"]);
const PLACE_PREPOSITIONS = new Set(["in", "near", "from", "across", "outside", "inside"]);

export interface Chunk {
  readonly first: number;
  /** Index one past the last token. */
  readonly next: number;
}

function isNameToken(view: TokenView, i: number, sentenceInitial: boolean): boolean {
  const w = view.word(i);
  const token = view.tokens[i];
  const c = w.charCodeAt(0);
  // most tokens start with an ASCII character that is no capital
  if (!token || (c < 128 && !(c >= 65 && c <= 90)) || !isCapitalised(w) || !/\p{L}/u.test(w)) return false;
  if (/^\p{Lu}\.$/u.test(w)) return true; // an initial: "J."
  if (NOT_NAMES.has(w)) return false;
  if (sentenceInitial) return token.pos === "PROPN";
  return token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ" || /^\p{Lu}{2,}$/u.test(w);
}

/** Maximal runs of capitalised tokens inside one sentence, allowing "of", "for"… inside. */
export function findCapitalisedChunks(view: TokenView): Chunk[] {
  const chunks: Chunk[] = [];
  const { tokens } = view;
  let i = 0;
  while (i < tokens.length) {
    if (view.inBoilerplate(i) || view.inTitleCase(i) || !isNameToken(view, i, view.sentenceStart(i) === i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && tokens[j]?.sentence === tokens[i]?.sentence) {
      const gap = view.text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0);
      if (gap.length > 1 || gap.includes("\n")) break;
      if (isNameToken(view, j, false)) j++;
      else if (CONNECTORS.has(view.word(j)) && isNameToken(view, j + 1, false)) j += 2;
      else break;
    }
    chunks.push({ first: i, next: j });
    i = j;
  }
  return chunks;
}

const span = (view: TokenView, first: number, next: number): Span => ({
  start: view.tokens[first]?.start ?? 0,
  end: view.tokens[next - 1]?.end ?? 0,
});

/** Types a name that no gazetteer knows, from its shape and its neighbours. */
export function classifyName(view: TokenView, first: number, next: number, titled: boolean): EntityType | null {
  const words = Array.from({ length: next - first }, (_, k) => view.word(first + k));
  const last = words[words.length - 1] ?? "";
  if (words.length === 1 && ORG_SUFFIXES.has(last)) return null;
  if (words.some((w) => ORG_SUFFIXES.has(w))) return "Organization";
  if (PLACE_SUFFIXES.has(last) && words.length > 1) return "Place";
  if (titled) return "Person";
  const alphabetic = words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w) || /^(Mc|Mac|O')\p{Lu}/u.test(w));
  if (words.length >= 2 && words.length <= 4 && alphabetic) return "Person";
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(last)) return "Organization";
  if (words.length === 1 && PLACE_PREPOSITIONS.has(view.word(first - 1).toLowerCase())) return "Place";
  if (words.length >= 2) return "Organization";
  return null;
}

export interface NameFinding {
  readonly mentions: Mention[];
  /** Roles stated before a gazetteer name ("President Biden"), keyed by the match start. */
  readonly rolesAt: Map<number, Role>;
}

/**
 * Turns each chunk into a name mention: a stated title is split off as a
 * role; a chunk that a gazetteer already covers is left to the gazetteer.
 */
export function namesFromChunks(
  view: TokenView,
  chunks: readonly Chunk[],
  gazetteer: readonly GazetteerMatch[],
  demonymOf: (i: number) => string | null,
): NameFinding {
  const mentions: Mention[] = [];
  const rolesAt = new Map<number, Role>();
  const gazAt = new Map(gazetteer.map((g) => [g.start, g]));
  // matches are sorted and never overlap, so their ends are sorted too
  const overlapsGazetteer = (x: Span): boolean => {
    let lo = 0;
    let hi = gazetteer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((gazetteer[mid]?.end ?? 0) <= x.start) lo = mid + 1;
      else hi = mid;
    }
    return (gazetteer[lo]?.start ?? Infinity) < x.end;
  };
  for (const chunk of chunks) {
    let i = chunk.first;
    let role: Omit<Role, "evidence"> | null = null;
    let titled = false;
    // "Greek Prime Minister …", "U.S. Supreme Court Justice …": the last
    // title inside the chunk splits it into what the title is of, and a name.
    for (let k = chunk.first; k < chunk.next - 1; k++) {
      const title = titleAt(view, k);
      if (!title || title.next >= chunk.next) continue;
      const prefix = k > chunk.first ? span(view, chunk.first, k) : null;
      const of = prefix ? (ofPrefix(view, prefix, gazetteer) ?? demonymOf(chunk.first)) : null;
      // "Greek" in "Greek Prime Minister …" mentions Greece
      const at = prefix ? gazAt.get(prefix.start) : undefined;
      const g = prefix && at && at.end === prefix.end ? at : undefined;
      if (g) mentions.push({ start: g.start, end: g.end, type: g.entry.type === "Group" ? "Place" : g.entry.type, kind: "name", candidates: g.entry.ids });
      role = title.honorific ? null : { title: title.title, of };
      titled = true;
      i = title.next;
      k = title.next - 1;
    }
    const nameSpan = span(view, i, chunk.next);
    const evidence = span(view, chunk.first, chunk.next);
    const g = gazAt.get(nameSpan.start);
    if (g && g.end >= nameSpan.end) {
      // the known name may run past the chunk ("Theresa May", "Park Geun-hye"): so does the evidence
      if (role && g.entry.type === "Person") rolesAt.set(g.start, { ...role, evidence: { start: evidence.start, end: g.end } });
      continue;
    }
    const type = classifyName(view, i, chunk.next, titled);
    if (!type || (type !== "Organization" && overlapsGazetteer(nameSpan))) continue;
    mentions.push({ ...nameSpan, type, kind: "name", ...(role ? { role: { ...role, evidence } } : {}) });
  }
  return { mentions, rolesAt };
}

/** The entity a title's prefix names: "Greek" → greece, "U.S. Supreme Court" → us-supreme-court. */
function ofPrefix(view: TokenView, prefix: Span, gazetteer: readonly GazetteerMatch[]): string | null {
  const exact = gazetteer.find((g) => g.start === prefix.start && g.end === prefix.end);
  if (exact) return exact.entry.ids[0] ?? null;
  const inside = gazetteer.filter((g) => g.start >= prefix.start && g.end <= prefix.end && g.entry.type === "Organization");
  return inside[inside.length - 1]?.entry.ids[0] ?? (view.text.slice(prefix.start, prefix.end) || null);
}
