// Feature templates of the attribution tagger, hashed to integers. Word
// templates depend on one word form (scores cached per form, word-scores.ts),
// group templates on a few small integers (groups.ts); the context templates
// here see words around, cue lexicon, mentions, positions and pass one's roles.
import type { TokenContext } from "./context.js";
import { bucket } from "./groups.js";
import { mix as feature } from "./hash.js";
import type { LexiconEntry } from "./lexicon-entry.js";
import { roleIndex } from "./tags.js";

/** Word slots: the token itself, then its neighbours at -1, +1, -2, +2 (within the sentence). */
export const SLOT_OFFSETS = [0, -1, 1, -2, 2] as const;
export const NONE = 0x7fff;

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

/** The word features of a form in one slot (null: no word there, outside the sentence); returns how many. */
export function wordFeatures(e: LexiconEntry | null, slot: number, second: boolean, out: Uint32Array, offset: number): number {
  const h = e ? e.hash : NONE;
  if (slot === 0) {
    out[offset] = feature(1, h);
    if (second) return 1;
    out[offset + 1] = feature(13, e ? e.shape : NONE);
    out[offset + 2] = feature(14, e ? e.suffix : NONE);
    return 3;
  }
  if (second && slot > 2) return 0;
  out[offset] = feature(1 + slot, h);
  return 1;
}

/** arr[x] when token x is in the same sentence as token i, else NONE. */
function at(c: TokenContext, i: number, x: number, arr: ArrayLike<number>): number {
  return x >= 0 && x < c.n && c.sentenceStart[x] === c.sentenceStart[i] ? (arr[x] ?? 0) : NONE;
}

/** What pass two sees of pass one around each token, computed once per document. */
export interface FirstPass {
  readonly tags: Uint8Array;
  /** Pass-one cues and sources before and after each token in its sentence (0–2 each). */
  readonly counts: Uint8Array;
  /** Nearest token before / after with a pass-one tag (in the sentence), or -1. */
  readonly prev: Int32Array;
  readonly next: Int32Array;
}

export function firstPass(c: TokenContext, tags: Uint8Array): FirstPass {
  const counts = new Uint8Array(c.n);
  const prev = new Int32Array(c.n).fill(-1);
  const next = new Int32Array(c.n).fill(-1);
  for (let s = 0; s < c.n; s = c.sentenceEnd[s] ?? c.n) {
    const e = c.sentenceEnd[s] ?? c.n;
    let cues = 0;
    let srcs = 0;
    let last = -1;
    for (let i = s; i < e; i++) {
      prev[i] = last;
      counts[i] = Math.min(cues, 2) * 2 + Math.min(srcs, 1);
      const r = roleIndex(tags[i] ?? 0);
      if (r === 2) cues++;
      if (r === 1) srcs++;
      if (r !== 0) last = i;
    }
    cues = 0;
    srcs = 0;
    last = -1;
    for (let i = e - 1; i >= s; i--) {
      next[i] = last;
      counts[i] = (counts[i] ?? 0) * 6 + Math.min(cues, 2) * 2 + Math.min(srcs, 1);
      const r = roleIndex(tags[i] ?? 0);
      if (r === 2) cues++;
      if (r === 1) srcs++;
      if (r !== 0) last = i;
    }
  }
  return { tags, counts, prev, next };
}

const roleAt = (tags: Uint8Array, x: number): number => (x >= 0 && x < tags.length ? roleIndex(tags[x] ?? 0) : 7);

/** The hashed context features of token i (pass one when `first` is null), written into `out` from `offset`; returns how many. */
export function contextFeatures(c: TokenContext, near: CueNeighbours, i: number, first: FirstPass | null, out: Uint32Array, offset: number): number {
  let k = offset;
  const sS = c.sentenceStart[i] ?? 0;
  const sE = c.sentenceEnd[i] ?? 0;
  const l = near.left[i] ?? -1;
  const r = near.right[i] ?? -1;
  const dl = l < 0 ? 0 : bucket(i - l);
  const dr = r < 0 ? 0 : bucket(r - i);
  out[k++] = feature(15, c.lexClass[i] ?? 0, c.cueRate[i] ?? 0);
  out[k++] = feature(20, i === sS ? 1 : i === sE - 1 ? 2 : i === sE - 2 ? 3 : 0, c.pos[i] ?? 0);
  out[k++] = feature(27, l < 0 ? NONE : (c.word[l] ?? 0), dl);
  out[k++] = feature(28, r < 0 ? NONE : (c.word[r] ?? 0), dr);
  const p = c.pos[i] ?? 0;
  // pass two keeps only the core templates above: it is told the rest by pass one's tags
  if (!first) {
    const w = c.word[i] ?? 0;
    const wL = at(c, i, i - 1, c.word);
    const pL = at(c, i, i - 1, c.pos);
    const pR = at(c, i, i + 1, c.pos);
    const q = c.quote[i] ?? 0;
    out[k++] = feature(16, i > 0 ? (c.lexClass[i - 1] ?? 0) * 8 + (c.cueRate[i - 1] ?? 0) : NONE);
    out[k++] = feature(17, i + 1 < c.n ? (c.lexClass[i + 1] ?? 0) * 8 + (c.cueRate[i + 1] ?? 0) : NONE);
    out[k++] = feature(19, q, at(c, i, i - 1, c.quote));
    out[k++] = feature(21, Math.min(c.sentenceInParagraph[i] ?? 0, 3), Math.min(c.paragraph[i] ?? 0, 4));
    out[k++] = feature(22, c.mention[i] ?? 0);
    out[k++] = feature(23, c.mention[i] ?? 0, pR);
    out[k++] = feature(31, l < 0 ? NONE : (c.word[l] ?? 0), p);
    out[k++] = feature(32, r < 0 ? NONE : (c.word[r] ?? 0), p);
    out[k++] = feature(33, w, pL);
    out[k++] = feature(34, w, wL);
    out[k++] = feature(35, Math.min(i - sS, 6), Math.min(sE - 1 - i, 6));
    out[k++] = feature(36, c.mention[i] ?? 0, dr);
    out[k++] = feature(37, wL, dl);
    out[k++] = feature(38, l < 0 ? NONE : (c.word[l] ?? 0), l < 0 ? NONE : at(c, i, l + 1, c.word));
    out[k++] = feature(39, l < 0 ? NONE : at(c, i, l + 1, c.pos), dl);
    out[k++] = feature(50, at(c, i, i - 1, c.mention), at(c, i, i + 1, c.mention));
    out[k++] = feature(51, wL, w * 31 + at(c, i, i + 1, c.word));
    return k - offset;
  }
  const tags = first.tags;
  const r0 = roleAt(tags, i);
  const sIdx = Math.min(c.sentenceInParagraph[i] ?? 0, 3);
  const counts = first.counts[i] ?? 0;
  out[k++] = feature(46, counts);
  out[k++] = feature(47, counts, r0);
  out[k++] = feature(48, roleAt(tags, sS - 1), roleAt(tags, sE));
  out[k++] = feature(49, roleAt(tags, sS - 1), r0 * 8 + sIdx);
  const a = first.prev[i] ?? -1;
  const b = first.next[i] ?? -1;
  const ra = a >= 0 ? roleAt(tags, a) : 7;
  const rb = b >= 0 ? roleAt(tags, b) : 7;
  out[k++] = feature(53, ra * 8 + rb, r0);
  out[k++] = feature(54, ra * 8 + (a >= 0 ? bucket(i - a) : 0), rb * 8 + (b >= 0 ? bucket(b - i) : 0));
  out[k++] = feature(55, r0, c.word[i] ?? 0);
  out[k++] = feature(56, ra * 8 + rb, p);
  out[k++] = feature(57, r0 * 8 + dl, dr);
  return k - offset;
}

export const MAX_FEATURES = 64;
