// What the tagger knows of a word form regardless of context: its lower case,
// hashes of the word, shape and suffix, and its cue-lexicon class. Cached
// across documents (bounded), so each distinct form is looked at once.
import { cueVerb, NOMINAL_CUES } from "../../../lexicon/cues.js";
import { hashString } from "./hash.js";

export interface LexiconEntry {
  readonly lower: string;
  readonly hash: number;
  readonly shape: number;
  readonly suffix: number;
  /** 0 not a cue verb, 1 a speech verb, 2 a belief verb (when tagged VERB). */
  readonly verb: number;
  readonly nominal: boolean;
}

const CACHE = new Map<string, LexiconEntry>();
const LIMIT = 200_000;

function shapeOf(w: string): string {
  if (/^\p{Lu}+$/u.test(w)) return w.length > 1 ? "XX" : "X";
  if (/^\p{Lu}/u.test(w)) return "Xx";
  if (/^\p{Ll}/u.test(w)) return "x";
  if (/^\d/.test(w)) return "d";
  return w.length === 1 ? w : "p";
}

export function lexiconEntry(w: string): LexiconEntry {
  let e = CACHE.get(w);
  if (!e) {
    if (CACHE.size >= LIMIT) CACHE.clear();
    const lower = w.toLowerCase();
    const verb = cueVerb(lower);
    e = {
      lower,
      hash: hashString(lower),
      shape: hashString(shapeOf(w)),
      suffix: hashString(lower.slice(-3)),
      verb: verb ? (verb.kind === "speech" ? 1 : 2) : 0,
      nominal: NOMINAL_CUES.has(lower),
    };
    CACHE.set(w, e);
  }
  return e;
}
