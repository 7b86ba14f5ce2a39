// Integer codes of every token of a document, computed once: word hashes,
// part of speech, line case, gazetteer membership and shape flags. The
// feature extractor reads only these arrays.
import { gazetteerIndex, GAZ_LISTS } from "./gazetteer-lists.js";
import { hashString, hashWord } from "./hashing.js";

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

export interface TokenCodes {
  readonly n: number;
  readonly codes: Int32Array;
  /** Sentence index of each token. */
  readonly sentence: Int32Array;
}

function flagsOf(w: string, sentenceStart: boolean): number {
  let f = sentenceStart ? FLAG_SENTENCE_START : 0;
  const first = w.charAt(0);
  if (first !== first.toLowerCase()) f |= FLAG_CAP;
  else if (first !== first.toUpperCase()) f |= FLAG_LOWER;
  if (/\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w) && w.length > 1) f |= FLAG_ALLCAPS;
  if (/\d/.test(w)) f |= FLAG_DIGIT;
  return f;
}

/** Bits list*4+part (B, I, L, U) for the longest match of each list at each token. */
function gazetteerBits(words: readonly string[], sentence: Int32Array): Int32Array {
  const { names, longest } = gazetteerIndex();
  const bits = new Int32Array(words.length);
  const coveredUntil = new Int32Array(GAZ_LISTS.length);
  const lower = words.map((w) => w.toLowerCase().replace(/’/g, "'"));
  for (let i = 0; i < words.length; i++) {
    const first = words[i] ?? "";
    const max = longest.get(lower[i] ?? "");
    if (!max || first.charAt(0) === first.charAt(0).toLowerCase()) continue;
    let key = "";
    const found: [number, number][] = [];
    for (let n = 1; n <= max && i + n <= words.length && sentence[i + n - 1] === sentence[i]; n++) {
      key = n === 1 ? (lower[i] ?? "") : `${key} ${lower[i + n - 1] ?? ""}`;
      const mask = names.get(key);
      if (mask) found.push([n, mask]);
    }
    for (let list = 0; list < GAZ_LISTS.length; list++) {
      if ((coveredUntil[list] ?? 0) > i) continue;
      let best = 0;
      for (const [n, mask] of found) if (mask & (1 << list)) best = n;
      if (!best) continue;
      coveredUntil[list] = i + best;
      if (best === 1) bits[i] = (bits[i] ?? 0) | (1 << (list * 4 + 3));
      else {
        bits[i] = (bits[i] ?? 0) | (1 << (list * 4));
        for (let k = i + 1; k < i + best - 1; k++) bits[k] = (bits[k] ?? 0) | (1 << (list * 4 + 1));
        bits[i + best - 1] = (bits[i + best - 1] ?? 0) | (1 << (list * 4 + 2));
      }
    }
  }
  return bits;
}

const posHashes = new Map<string, number>();
const posHash = (p: string): number => {
  let h = posHashes.get(p);
  if (h === undefined) posHashes.set(p, (h = hashString(p)));
  return h;
};

export function tokenCodes(input: TaggerInput): TokenCodes {
  const n = input.words.length;
  const codes = new Int32Array(n * STRIDE);
  const sentence = new Int32Array(n);
  let s = 0;
  const starts = new Set(input.sentenceStarts);
  for (let i = 0; i < n; i++) {
    if (i > 0 && starts.has(i)) s++;
    sentence[i] = s;
  }
  const gaz = gazetteerBits(input.words, sentence);
  for (let i = 0; i < n; i++) {
    const w = input.words[i] ?? "";
    const h = hashWord(w);
    const o = i * STRIDE;
    codes[o + F_LOWER] = h.lower;
    codes[o + F_FORM] = h.form;
    codes[o + F_SHAPE] = h.shape;
    codes[o + F_SHORT] = h.shortShape;
    for (let k = 0; k < 4; k++) {
      codes[o + F_PREFIX + k] = h.prefix[k] ?? 0;
      codes[o + F_SUFFIX + k] = h.suffix[k] ?? 0;
    }
    codes[o + F_POS] = posHash(input.pos[i] ?? "X");
    codes[o + F_GAZ] = gaz[i] ?? 0;
    codes[o + F_FLAGS] = flagsOf(w, starts.has(i));
  }
  return { n, codes, sentence };
}
