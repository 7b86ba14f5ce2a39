// Character classes of UTF-16 code units for the tagger's token flags, looked
// up in one table filled lazily: ASCII up front, the rest on first sight.

export const C_UPPER = 1;
export const C_LOWER = 2;
export const C_DIGIT = 4;
/** Punctuation that never belongs to a name. */
export const C_OUTSIDE = 8;
/** Hyphens and dashes. */
export const C_DASH = 16;
const KNOWN = 128;

const OUTSIDE = ".,;:!?\"“”‘’«»()[]{}…'*";
const DASHES = "-‐‑–—";
const table = new Uint8Array(0x10000);

function classify(c: number): number {
  const s = String.fromCharCode(c);
  let k = KNOWN;
  if (s !== s.toLowerCase()) k |= C_UPPER;
  else if (s !== s.toUpperCase()) k |= C_LOWER;
  if (c >= 48 && c <= 57) k |= C_DIGIT;
  if (OUTSIDE.includes(s)) k |= C_OUTSIDE;
  if (DASHES.includes(s)) k |= C_DASH;
  return k;
}

for (let c = 0; c < 128; c++) table[c] = classify(c);

/** The class bits of one code unit. */
export function charClass(c: number): number {
  let k = table[c] as number;
  if (k === 0) table[c] = k = classify(c);
  return k;
}
