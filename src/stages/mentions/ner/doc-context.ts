// Document-level evidence for the tagger: which words the document also
// writes in lower case or capitalised mid-sentence, and the types the tagger
// has already given a word elsewhere in the document (prediction history).
import { F_FLAGS, F_LOWER, FLAG_CAP, FLAG_LOWER, FLAG_SENTENCE_START, STRIDE, type TokenCodes } from "./codes.js";
import { NER_TYPES, typeOfTag } from "./tags.js";

export interface DocContext {
  /** Lower-form hashes of words written all lower case in prose. */
  readonly lowerSeen: ReadonlySet<number>;
  /** Lower-form hashes of words capitalised inside a prose sentence. */
  readonly capSeen: ReadonlySet<number>;
  /** Lower-form hash → counts of the types predicted so far (O first). */
  readonly history: Map<number, Int32Array>;
}

export function docContext(codes: TokenCodes, lineMode: Uint8Array): DocContext {
  const lowerSeen = new Set<number>();
  const capSeen = new Set<number>();
  for (let i = 0; i < codes.n; i++) {
    if (lineMode[i] !== 0) continue;
    const flags = codes.codes[i * STRIDE + F_FLAGS] ?? 0;
    const lower = codes.codes[i * STRIDE + F_LOWER] ?? 0;
    if (flags & FLAG_LOWER) lowerSeen.add(lower);
    else if (flags & FLAG_CAP && !(flags & FLAG_SENTENCE_START)) capSeen.add(lower);
  }
  return { lowerSeen, capSeen, history: new Map() };
}

/** Records the type given to each capitalised token of a decoded stretch of BILOU tags. */
export function recordHistory(ctx: DocContext, codes: TokenCodes, first: number, tags: ArrayLike<number>, delta = 1): void {
  for (let k = 0; k < tags.length; k++) {
    const i = first + k;
    if (!((codes.codes[i * STRIDE + F_FLAGS] ?? 0) & FLAG_CAP)) continue;
    const lower = codes.codes[i * STRIDE + F_LOWER] ?? 0;
    let counts = ctx.history.get(lower);
    if (!counts) {
      counts = new Int32Array(NER_TYPES.length + 1);
      ctx.history.set(lower, counts);
    }
    const t = typeOfTag(tags[k] ?? 0) + 1;
    counts[t] = (counts[t] ?? 0) + delta;
  }
}
