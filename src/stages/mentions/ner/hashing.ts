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

/**
 * Writes the hashes of one word at `out[o…]`: lower form, exact form, shape
 * (runs longer than three cut: "Xxxx", "dd.dd"), short shape (every run
 * collapsed: "Xx", "X.X."), then prefixes and suffixes of lengths 1–4 of the
 * lower form (0 when the word is shorter).
 */
export function hashWordInto(w: string, out: Int32Array, o: number): void {
  let lower = FNV_OFFSET;
  let form = FNV_OFFSET;
  let shape = FNV_OFFSET;
  let shortShape = FNV_OFFSET;
  let last = -1;
  let run = 0;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    lower = step(lower, lowerCode(c));
    form = step(form, c);
    if (i < 4) out[o + 4 + i] = lower;
    const s = shapeCode(c);
    run = s === last ? run + 1 : 1;
    if (run <= 3) shape = step(shape, s);
    if (run === 1) shortShape = step(shortShape, s);
    last = s;
  }
  for (let i = n; i < 4; i++) out[o + 4 + i] = 0;
  out[o] = lower;
  out[o + 1] = form;
  out[o + 2] = shape;
  out[o + 3] = shortShape;
  let h = FNV_OFFSET;
  for (let k = 1; k <= 4; k++) {
    if (k <= n) h = step(h, lowerCode(w.charCodeAt(n - k)));
    out[o + 7 + k] = k <= n ? h : 0;
  }
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
