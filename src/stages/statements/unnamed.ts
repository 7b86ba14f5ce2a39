// Sources the article does not name: "officials", "a source familiar with the
// talks", "two people briefed on the matter", "several cast members", "a new poll". An
// indefinite or bare plural noun phrase without a name is one; a pronoun ("they"),
// a name ("PENCE") or a definite description ("the poll", "the former secretary
// of state") is not: those refer to someone the article may name elsewhere.
import type { Span } from "../../model/span.js";
import type { TokenView } from "../token-view.js";

const INDEFINITE = new Set([
  "a",
  "an",
  "some",
  "several",
  "many",
  "few",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "other",
  "others",
  "multiple",
  "various",
  "numerous",
  "dozens",
  "hundreds",
  "more",
  "most",
  "anonymous",
  "unnamed",
]);
const NOT_BARE = new Set(["DET", "PRON", "PROPN", "NUM"]);

/** "Officials said …": a capitalised plural opening its sentence is tagged as a name, but is one only when it was resolved to an entity. */
function capitalisedPlural(view: TokenView, k: number): boolean {
  const pos = view.tokens[k]?.pos;
  return k === view.sentenceStart(k) && (pos === "PROPN" || pos === "NOUN") && isPlural(view.word(k)) && /^\p{Lu}\p{Ll}/u.test(view.word(k));
}

/** Plural nouns without a final s, as sources are often named: "people familiar with …", "police said". */
const PLURALS = new Set(["people", "men", "women", "police", "staff"]);
const isPlural = (w: string): boolean => PLURALS.has(w.toLowerCase()) || /[^s]s$/i.test(w);

/** Whether a speaker phrase resolved to no entity is a source the article does not name; `names`: the article's name mentions. */
export function isUnnamedSource(view: TokenView, speaker: Span, names: readonly Span[]): boolean {
  const first = view.indexAt(speaker.start);
  const last = view.indexBefore(speaker.end);
  if (last < first || names.some((m) => m.start < speaker.end && speaker.start < m.end)) return false;
  for (let k = first + 1; k <= last; k++) if (view.tokens[k]?.pos === "PROPN") return false;
  if (INDEFINITE.has(view.lower(first))) return true;
  if (view.tokens[first]?.pos === "PROPN" && !capitalisedPlural(view, first)) return false;
  if (NOT_BARE.has(view.tokens[first]?.pos ?? "") && !capitalisedPlural(view, first)) return false;
  // a bare plural: "officials", "sources familiar with …", "top black lawmakers"
  for (let k = first; k <= last; k++) {
    const t = view.tokens[k];
    if (t?.pos === "ADP" || t?.pos === "VERB") break;
    if ((t?.pos === "NOUN" && isPlural(view.word(k))) || (k === first && capitalisedPlural(view, k))) return true;
  }
  return false;
}
