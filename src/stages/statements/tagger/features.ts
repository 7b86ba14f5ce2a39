// Feature templates of the attribution tagger, hashed to integers. Pass one
// sees words, POS, cue lexicon, quotation state, positions and mentions; pass
// two adds the roles pass one gave the tokens around.
import { feature } from "./hash.js";
import type { TokenContext } from "./context.js";
import { roleIndex } from "./tags.js";

/** Nearest cue-like token before and after each token, within its sentence (-1 if none). */
export interface CueNeighbours {
  readonly left: Int32Array;
  readonly right: Int32Array;
}

export function cueNeighbours(c: TokenContext): CueNeighbours {
  const left = new Int32Array(c.n).fill(-1);
  const right = new Int32Array(c.n).fill(-1);
  let last = -1;
  for (let i = 0; i < c.n; i++) {
    if (i === c.sentenceStart[i]) last = -1;
    left[i] = last;
    if (c.cueLike[i]) last = i;
  }
  last = -1;
  for (let i = c.n - 1; i >= 0; i--) {
    if (i === (c.sentenceEnd[i] ?? 0) - 1) last = -1;
    right[i] = last;
    if (c.cueLike[i]) last = i;
  }
  return { left, right };
}

const bucket = (d: number): number => (d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 15 ? 6 : 7);
const NONE = 0x7fff;

/** The features of token i (pass one when `first` is null), written into `out`. */
export function tokenFeatures(c: TokenContext, near: CueNeighbours, i: number, first: Uint8Array | null, out: number[]): number {
  let k = 0;
  const at = (x: number, arr: ArrayLike<number>): number => (x >= 0 && x < c.n && c.sentenceStart[x] === c.sentenceStart[i] ? (arr[x] ?? 0) : NONE);
  const w = c.word[i] ?? 0;
  const p = c.pos[i] ?? 0;
  const pL = at(i - 1, c.pos);
  const pR = at(i + 1, c.pos);
  const q = c.quote[i] ?? 0;
  const sS = c.sentenceStart[i] ?? 0;
  const sE = c.sentenceEnd[i] ?? 0;
  const sIdx = Math.min(c.sentenceInParagraph[i] ?? 0, 3);
  const para = Math.min(c.paragraph[i] ?? 0, 4);
  out[k++] = feature(0, 0);
  out[k++] = feature(1, w);
  out[k++] = feature(2, at(i - 1, c.word));
  out[k++] = feature(3, at(i + 1, c.word));
  out[k++] = feature(4, at(i - 2, c.word));
  out[k++] = feature(5, at(i + 2, c.word));
  out[k++] = feature(6, p);
  out[k++] = feature(7, pL);
  out[k++] = feature(8, pR);
  out[k++] = feature(9, pL, p);
  out[k++] = feature(10, p, pR);
  out[k++] = feature(11, at(i - 2, c.pos), pL);
  out[k++] = feature(12, pR, at(i + 2, c.pos));
  out[k++] = feature(13, c.shape[i] ?? 0);
  out[k++] = feature(14, c.suffix[i] ?? 0);
  out[k++] = feature(15, c.lexClass[i] ?? 0, c.cueRate[i] ?? 0);
  out[k++] = feature(16, i > 0 ? (c.lexClass[i - 1] ?? 0) * 8 + (c.cueRate[i - 1] ?? 0) : NONE);
  out[k++] = feature(17, i + 1 < c.n ? (c.lexClass[i + 1] ?? 0) * 8 + (c.cueRate[i + 1] ?? 0) : NONE);
  out[k++] = feature(18, q, p);
  out[k++] = feature(19, q, at(i - 1, c.quote));
  out[k++] = feature(20, i === sS ? 1 : i === sE - 1 ? 2 : i === sE - 2 ? 3 : 0, p);
  out[k++] = feature(21, sIdx, para);
  out[k++] = feature(22, c.mention[i] ?? 0);
  out[k++] = feature(23, c.mention[i] ?? 0, pR);
  const l = near.left[i] ?? -1;
  const r = near.right[i] ?? -1;
  const dl = l < 0 ? 0 : bucket(i - l);
  const dr = r < 0 ? 0 : bucket(r - i);
  out[k++] = feature(24, dl, dr);
  out[k++] = feature(25, dl, p);
  out[k++] = feature(26, dr, p);
  out[k++] = feature(27, l < 0 ? NONE : (c.word[l] ?? 0), dl);
  out[k++] = feature(28, r < 0 ? NONE : (c.word[r] ?? 0), dr);
  out[k++] = feature(29, dl, q);
  out[k++] = feature(30, dr, q);
  out[k++] = feature(31, l < 0 ? NONE : (c.word[l] ?? 0), p);
  out[k++] = feature(32, r < 0 ? NONE : (c.word[r] ?? 0), p);
  out[k++] = feature(33, w, pL);
  out[k++] = feature(34, w, at(i - 1, c.word));
  out[k++] = feature(35, Math.min(i - sS, 6), Math.min(sE - 1 - i, 6));
  out[k++] = feature(36, c.mention[i] ?? 0, dr);
  out[k++] = feature(37, at(i - 1, c.word), dl);
  out[k++] = feature(38, l < 0 ? NONE : (c.word[l] ?? 0), l < 0 ? NONE : at(l + 1, c.word));
  out[k++] = feature(39, l < 0 ? NONE : at(l + 1, c.pos), dl);
  out[k++] = feature(50, at(i - 1, c.mention), at(i + 1, c.mention));
  out[k++] = feature(51, at(i - 1, c.word), w * 31 + at(i + 1, c.word));
  out[k++] = feature(52, dl * 8 + dr, q * 8 + sIdx);
  if (first) {
    const role = (x: number): number => (x >= 0 && x < c.n ? roleIndex(first[x] ?? 0) : 7);
    const r0 = role(i);
    out[k++] = feature(40, r0);
    out[k++] = feature(41, role(i - 1), role(i + 1));
    out[k++] = feature(42, role(i - 2), role(i - 1));
    out[k++] = feature(43, role(i + 1), role(i + 2));
    out[k++] = feature(44, r0, p);
    out[k++] = feature(45, r0, q);
    let cueBefore = 0;
    let cueAfter = 0;
    let srcBefore = 0;
    let srcAfter = 0;
    for (let x = sS; x < sE; x++) {
      const rx = roleIndex(first[x] ?? 0);
      if (rx === 2) x < i ? cueBefore++ : x > i && cueAfter++;
      if (rx === 1) x < i ? srcBefore++ : x > i && srcAfter++;
    }
    out[k++] = feature(46, Math.min(cueBefore, 2) * 3 + Math.min(cueAfter, 2), Math.min(srcBefore, 1) * 2 + Math.min(srcAfter, 1));
    out[k++] = feature(47, Math.min(cueBefore, 2) * 3 + Math.min(cueAfter, 2), r0);
    out[k++] = feature(48, role(sS - 1), role(sE));
    out[k++] = feature(49, role(sS - 1), r0 * 8 + sIdx);
    let a = i - 1;
    while (a >= sS && (first[a] ?? 0) === 0) a--;
    let b = i + 1;
    while (b < sE && (first[b] ?? 0) === 0) b++;
    const ra = a >= sS ? roleIndex(first[a] ?? 0) : 7;
    const rb = b < sE ? roleIndex(first[b] ?? 0) : 7;
    out[k++] = feature(53, ra * 8 + rb, r0);
    out[k++] = feature(54, ra * 8 + bucket(i - a), rb * 8 + bucket(b - i));
    out[k++] = feature(55, r0, w);
    out[k++] = feature(56, ra * 8 + rb, p);
  }
  return k;
}

export const MAX_FEATURES = 64;
