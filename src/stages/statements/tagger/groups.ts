// Feature groups: templates over a few small integers (parts of speech around
// the token; distances to cue words and the commas, breaks and quote state in
// between; pass one's roles around). Each group packs its inputs into one key
// and its features are derived from the key alone.
import type { TokenContext } from "./context.js";
import type { CueNeighbours, FirstPass } from "./features.js";
import { mix } from "./hash.js";
import { roleIndex } from "./tags.js";

export const POS_NONE = 31;
/** Groups per pass: POS window, geometry, and (pass two) roles. */
export const GROUPS = 3;

export const bucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 15 ? 6 : 7);

const posAt = (c: TokenContext, i: number, x: number): number => (x >= 0 && x < c.n && c.sentenceStart[x] === c.sentenceStart[i] ? (c.pos[x] ?? 0) : POS_NONE);
const roleAt = (tags: Uint8Array, x: number): number => (x >= 0 && x < tags.length ? roleIndex(tags[x] ?? 0) : 7);

/** Commas (0–2) and strong breaks (0–1) strictly between tokens a and b (a < b), as one number 0–5. */
function marksBetween(c: TokenContext, a: number, b: number): number {
  if (b - a < 2) return 0;
  const commas = (c.commas[b - 1] ?? 0) - (c.commas[a] ?? 0);
  const breaks = (c.breaks[b - 1] ?? 0) - (c.breaks[a] ?? 0);
  return Math.min(commas, 2) * 2 + Math.min(breaks, 1);
}

/** The keys of token i's groups, written to `keys` (group 2 is -1 in pass one). */
export function groupKeys(c: TokenContext, near: CueNeighbours, i: number, first: FirstPass | null, keys: Int32Array): void {
  const p = c.pos[i] ?? 0;
  keys[0] = (((posAt(c, i, i - 2) * 32 + posAt(c, i, i - 1)) * 32 + p) * 32 + posAt(c, i, i + 1)) * 32 + posAt(c, i, i + 2);
  const l = near.left[i] ?? -1;
  const r = near.right[i] ?? -1;
  const dl = l < 0 ? 0 : bucket(i - l);
  const dr = r < 0 ? 0 : bucket(r - i);
  const ml = l < 0 ? 7 : marksBetween(c, l, i);
  const mr = r < 0 ? 7 : marksBetween(c, i, r);
  const q = c.quote[i] ?? 0;
  const sIdx = Math.min(c.sentenceInParagraph[i] ?? 0, 3);
  keys[1] = (((((dl * 8 + dr) * 8 + ml) * 8 + mr) * 4 + q) * 32 + p) * 4 + sIdx;
  if (!first) {
    keys[2] = -1;
    return;
  }
  const t = first.tags;
  keys[2] = (((((roleAt(t, i - 2) * 8 + roleAt(t, i - 1)) * 8 + roleAt(t, i)) * 8 + roleAt(t, i + 1)) * 8 + roleAt(t, i + 2)) * 32 + p) * 4 + q;
}

/** The features of group g for a key, written into `out` from `offset`; returns how many. */
export function groupFeatures(g: number, key: number, second: boolean, out: Uint32Array, offset: number): number {
  let k = offset;
  if (key < 0) return 0;
  if (g === 0) {
    const pR2 = key % 32;
    const pR = Math.floor(key / 32) % 32;
    const p = Math.floor(key / 1024) % 32;
    const pL = Math.floor(key / 32768) % 32;
    const pL2 = Math.floor(key / 1048576) % 32;
    out[k++] = mix(0, 0);
    out[k++] = mix(6, p);
    out[k++] = mix(9, pL, p);
    out[k++] = mix(10, p, pR);
    if (!second) {
      out[k++] = mix(7, pL);
      out[k++] = mix(8, pR);
      out[k++] = mix(11, pL2, pL);
      out[k++] = mix(12, pR, pR2);
    }
    return k - offset;
  }
  if (g === 1) {
    const sIdx = key % 4;
    const p = Math.floor(key / 4) % 32;
    const q = Math.floor(key / 128) % 4;
    const mr = Math.floor(key / 512) % 8;
    const ml = Math.floor(key / 4096) % 8;
    const dr = Math.floor(key / 32768) % 8;
    const dl = Math.floor(key / 262144) % 8;
    out[k++] = mix(18, q, p);
    out[k++] = mix(24, dl, dr);
    out[k++] = mix(25, dl, p);
    out[k++] = mix(26, dr, p);
    out[k++] = mix(60, ml, dl * 8 + q);
    out[k++] = mix(65, mr, dr * 8 + q);
    if (!second) {
      out[k++] = mix(29, dl, q);
      out[k++] = mix(30, dr, q);
      out[k++] = mix(52, dl * 8 + dr, q * 8 + sIdx);
      out[k++] = mix(61, ml, p);
      out[k++] = mix(66, mr, p);
    }
    return k - offset;
  }
  const q = key % 4;
  const p = Math.floor(key / 4) % 32;
  const r2 = Math.floor(key / 128) % 8;
  const r1 = Math.floor(key / 1024) % 8;
  const r0 = Math.floor(key / 8192) % 8;
  const l1 = Math.floor(key / 65536) % 8;
  const l2 = Math.floor(key / 524288) % 8;
  out[k++] = mix(40, r0);
  out[k++] = mix(41, l1, r1);
  out[k++] = mix(42, l2, l1);
  out[k++] = mix(43, r1, r2);
  out[k++] = mix(44, r0, p);
  out[k++] = mix(45, r0, q);
  return k - offset;
}
