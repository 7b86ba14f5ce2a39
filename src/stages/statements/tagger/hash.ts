// String hashing for the tagger's features: each word, tag and shape hashes
// once per token (features.ts mixes these integers into feature buckets).

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
