// Integer codes of every token of a document, computed once: word hashes,
// part of speech, gazetteer membership and shape flags. The feature
// extractor reads only these arrays.
import { C_DASH, C_DIGIT, C_LOWER, C_OUTSIDE, C_UPPER, charClass } from "./char-class.js";
import { gazetteerIndex, GAZ_LISTS } from "./gazetteer-lists.js";
import { hashString, hashWordInto } from "./hashing.js";

/** What the tagger reads: tokens, their tags and sentence boundaries. */
export interface TaggerInput {
  readonly words: readonly string[];
  readonly pos: readonly string[];
  /** First token index of each sentence. */
  readonly sentenceStarts: readonly number[];
  /** Per token: 0 prose, 1 a Title Case line, 2 an ALL CAPS line. */
  readonly lineMode: Uint8Array;
}

export const F_LOWER = 0;
export const F_FORM = 1;
export const F_SHAPE = 2;
export const F_SHORT = 3;
export const F_PREFIX = 4; // 4 fields
export const F_SUFFIX = 8; // 4 fields
export const F_POS = 12;
export const F_GAZ = 13;
export const F_FLAGS = 14;
export const STRIDE = 15;

export const FLAG_CAP = 1;
export const FLAG_ALLCAPS = 2;
export const FLAG_LOWER = 4;
export const FLAG_DIGIT = 8;
export const FLAG_SENTENCE_START = 16;
/** Punctuation that never belongs to a name: such tokens are always tagged O. */
export const FLAG_OUTSIDE = 32;
/** A hyphen or dash on its own, as in "Leeds - based". */
export const FLAG_DASH = 64;

export interface TokenCodes {
  readonly n: number;
  readonly codes: Int32Array;
  /** Sentence index of each token. */
  readonly sentence: Int32Array;
}

export function flagsOf(w: string, sentenceStart: boolean): number {
  let f = sentenceStart ? FLAG_SENTENCE_START : 0;
  const n = w.length;
  if (n === 0) return f;
  const first = charClass(w.charCodeAt(0));
  if (first & C_UPPER) f |= FLAG_CAP;
  else if (first & C_LOWER) f |= FLAG_LOWER;
  let upper = 0;
  let lower = 0;
  let all = C_OUTSIDE | C_DASH;
  for (let i = 0; i < n; i++) {
    const k = charClass(w.charCodeAt(i));
    if (k & C_DIGIT) f |= FLAG_DIGIT;
    if (k & C_UPPER) upper++;
    else if (k & C_LOWER) lower++;
    all &= k;
  }
  if (upper > 0 && lower === 0 && n > 1) f |= FLAG_ALLCAPS;
  if (all & C_OUTSIDE) f |= FLAG_OUTSIDE;
  if (all & C_DASH) f |= FLAG_DASH;
  return f;
}

/**
 * Whether token i is certainly outside any name: punctuation, or a lower-case
 * word with no capitalised or hyphen-joined neighbour in its sentence. Such
 * tokens are tagged O without scoring (about 45% of news text); in training
 * data fewer than 0.2% of name tokens are like this.
 */
export function certainlyOutside(codes: TokenCodes, i: number): boolean {
  const c = codes.codes;
  const flags = c[i * STRIDE + F_FLAGS] as number;
  if (flags & FLAG_OUTSIDE) return true;
  if (!(flags & FLAG_LOWER)) return false;
  const s = codes.sentence[i];
  const joins = (j: number): boolean =>
    j >= 0 && j < codes.n && codes.sentence[j] === s && ((c[j * STRIDE + F_FLAGS] as number) & (FLAG_CAP | FLAG_DASH)) !== 0;
  return !joins(i - 1) && !joins(i + 1);
}

/** Bits list*4+part (B, I, L, U) for the longest match of each list at each token. */
function gazetteerBits(words: readonly string[], sentence: Int32Array, flags: Int32Array, out: Int32Array): void {
  const { names, longest, prefixes } = gazetteerIndex();
  const coveredUntil = new Int32Array(GAZ_LISTS.length);
  const lower: (string | undefined)[] = new Array(words.length);
  const lowerOf = (i: number): string => {
    let l = lower[i];
    if (l === undefined) {
      l = (words[i] ?? "").toLowerCase();
      if (l.includes("’")) l = l.replace(/’/g, "'");
      lower[i] = l;
    }
    return l;
  };
  const found: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!((flags[i] ?? 0) & FLAG_CAP)) continue;
    const max = longest.get(lowerOf(i));
    if (!max) continue;
    let key = "";
    found.length = 0;
    for (let n = 1; n <= max && i + n <= words.length && sentence[i + n - 1] === sentence[i]; n++) {
      key = n === 1 ? lowerOf(i) : `${key} ${lowerOf(i + n - 1)}`;
      const mask = names.get(key);
      if (mask) found.push(n, mask);
      if (n < max && !prefixes.has(key)) break;
    }
    for (let list = 0; list < GAZ_LISTS.length; list++) {
      if ((coveredUntil[list] ?? 0) > i) continue;
      let best = 0;
      for (let k = 0; k < found.length; k += 2) if ((found[k + 1] ?? 0) & (1 << list)) best = found[k] ?? 0;
      if (!best) continue;
      coveredUntil[list] = i + best;
      const o = F_GAZ;
      if (best === 1) out[i * STRIDE + o] = (out[i * STRIDE + o] ?? 0) | (1 << (list * 4 + 3));
      else {
        out[i * STRIDE + o] = (out[i * STRIDE + o] ?? 0) | (1 << (list * 4));
        for (let k = i + 1; k < i + best - 1; k++) out[k * STRIDE + o] = (out[k * STRIDE + o] ?? 0) | (1 << (list * 4 + 1));
        const e = (i + best - 1) * STRIDE + o;
        out[e] = (out[e] ?? 0) | (1 << (list * 4 + 2));
      }
    }
  }
}

const posHashes = new Map<string, number>();
const posHash = (p: string): number => {
  let h = posHashes.get(p);
  if (h === undefined) {
    h = hashString(p) | 0;
    posHashes.set(p, h);
  }
  return h;
};

export function tokenCodes(input: TaggerInput): TokenCodes {
  const n = input.words.length;
  const codes = new Int32Array(n * STRIDE);
  const sentence = new Int32Array(n);
  const flags = new Int32Array(n);
  let s = -1;
  let next = 0;
  for (let i = 0; i < n; i++) {
    const start = input.sentenceStarts[next] === i;
    if (start) {
      s++;
      next++;
    }
    sentence[i] = Math.max(s, 0);
    const w = input.words[i] ?? "";
    const o = i * STRIDE;
    hashWordInto(w, codes, o);
    codes[o + F_POS] = posHash(input.pos[i] ?? "X");
    flags[i] = flagsOf(w, start);
    codes[o + F_FLAGS] = flags[i] ?? 0;
  }
  gazetteerBits(input.words, sentence, flags, codes);
  return { n, codes, sentence };
}
