// Integer hashing of words for the entity tagger: word forms, lower case,
// shapes, prefixes and suffixes are hashed character by character, with no
// intermediate strings, and features are mixed from those integers.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a step over one UTF-16 code unit. */
const step = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);

/** Lower-cases one code unit; ASCII without a call, the rest through the string API. */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h >>> 0;
}

export function hashLower(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = step(h, lowerCode(s.charCodeAt(i)));
  return h >>> 0;
}

/** Character classes of a shape: X upper, x lower, d digit, the rest as is. */
function shapeCode(c: number): number {
  if (c >= 48 && c <= 57) return 100; // d
  if (c >= 65 && c <= 90) return 88; // X
  if (c >= 97 && c <= 122) return 120; // x
  if (c < 128) return c;
  const s = String.fromCharCode(c);
  if (s !== s.toLowerCase()) return 88;
  if (s !== s.toUpperCase()) return 120;
  return c;
}

export interface WordHashes {
  readonly lower: number;
  readonly form: number;
  /** Shape with runs longer than three cut: "Xxxx", "XXX", "dd.dd". */
  readonly shape: number;
  /** Shape with every run collapsed: "Xx", "X.X.", "d-d". */
  readonly shortShape: number;
  /** Prefixes of the lower form of lengths 1–4 and suffixes of lengths 1–4 (0 when shorter). */
  readonly prefix: readonly number[];
  readonly suffix: readonly number[];
}

/** All hashes of one word in two passes over its characters. */
export function hashWord(w: string): WordHashes {
  let lower = FNV_OFFSET;
  let form = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let shortShape = FNV_OFFSET;
  let last = -1;
  let run = 0;
  const prefix = [0, 0, 0, 0];
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    lower = step(lower, lowerCode(c));
    form = step(form, c);
    if (i < 4) prefix[i] = lower >>> 0;
    const s = shapeCode(c);
    run = s === last ? run + 1 : 1;
    if (run <= 3) shape = step(shape, s);
    if (run === 1) shortShape = step(shortShape, s);
    last = s;
  }
  const suffix = [0, 0, 0, 0];
  let h = FNV_OFFSET;
  for (let k = 1; k <= 4 && k <= w.length; k++) {
    h = step(h, lowerCode(w.charCodeAt(w.length - k)));
    suffix[k - 1] = h >>> 0;
  }
  return { lower: lower >>> 0, form: form >>> 0, shape: shape >>> 0, shortShape: shortShape >>> 0, prefix, suffix };
}

/** Mixes a feature template id with up to three values into one non-zero 32-bit key. */
export function featureKey(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  return h === 0 ? 1 : h | 0;
}
