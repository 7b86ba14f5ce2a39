// String and feature hashing for the tagger: each word, tag and shape hashes
// once per token (features.ts mixes these integers into feature buckets).

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One feature: a template number and up to two integer values, mixed into one hash (multiply-xorshift). */
export function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
