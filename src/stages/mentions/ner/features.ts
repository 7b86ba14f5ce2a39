// Feature keys of one token: integer mixes of the token codes of a window of
// two words either side, shapes, affixes, tags, gazetteers and document
// evidence. No strings are built here.
import {
  F_FLAGS,
  F_FORM,
  F_GAZ,
  F_LOWER,
  F_POS,
  F_PREFIX,
  F_SHAPE,
  F_SHORT,
  F_SUFFIX,
  FLAG_CAP,
  FLAG_SENTENCE_START,
  STRIDE,
  type TokenCodes,
} from "./codes.js";
import type { DocContext } from "./doc-context.js";
import { featureKey as key } from "./hashing.js";

export const MAX_FEATURES = 64;
const BOS = 0x5f3759df;
const EOS = 0x1b873593;

/**
 * Writes the keys of the features that depend on token i's form alone (bias,
 * forms, shape, affixes) to `out` from `n`; returns the new count. Their
 * scores can be cached by form.
 */
export function wordFeatures(codes: TokenCodes, i: number, out: Int32Array, n: number): number {
  const c = codes.codes;
  const o = i * STRIDE;
  out[n++] = key(0, 0);
  out[n++] = key(1, c[o + F_LOWER] as number);
  out[n++] = key(2, c[o + F_FORM] as number);
  out[n++] = key(7, c[o + F_SHAPE] as number);
  for (let k = 0; k < 4; k++) {
    const prefix = c[o + F_PREFIX + k] as number;
    const suffix = c[o + F_SUFFIX + k] as number;
    if (prefix) out[n++] = key(11 + k, prefix);
    if (suffix) out[n++] = key(15 + k, suffix);
  }
  return n;
}

/** All feature keys of token i (in the sentence [s0, s1)); returns how many. */
export function extractFeatures(codes: TokenCodes, ctx: DocContext, lineMode: Uint8Array, i: number, s0: number, s1: number, out: Int32Array): number {
  return contextFeatures(codes, ctx, lineMode, i, s0, s1, out, wordFeatures(codes, i, out, 0));
}

/** The keys of the features that look at token i's context, written from `n`. */
export function contextFeatures(
  codes: TokenCodes,
  ctx: DocContext,
  lineMode: Uint8Array,
  i: number,
  s0: number,
  s1: number,
  out: Int32Array,
  n: number,
): number {
  const c = codes.codes;
  const o = i * STRIDE;
  const lower = c[o + F_LOWER] ?? 0;
  const short = c[o + F_SHORT] ?? 0;
  const flags = c[o + F_FLAGS] ?? 0;
  const mode = lineMode[i] ?? 0;
  const hasP = i > s0;
  const hasN = i + 1 < s1;
  const p = o - STRIDE;
  const q = o + STRIDE;
  const lowerP = hasP ? (c[p + F_LOWER] as number) : BOS;
  const lowerN = hasN ? (c[q + F_LOWER] as number) : EOS;
  const shortP = hasP ? (c[p + F_SHORT] as number) : BOS;
  const shortN = hasN ? (c[q + F_SHORT] as number) : EOS;
  const posP = hasP ? (c[p + F_POS] as number) : BOS;
  const posN = hasN ? (c[q + F_POS] as number) : EOS;
  const lowerPP = i - 1 > s0 ? (c[p - STRIDE + F_LOWER] as number) : BOS;
  const lowerNN = i + 2 < s1 ? (c[q + STRIDE + F_LOWER] as number) : EOS;
  const pos = c[o + F_POS] ?? 0;
  out[n++] = key(3, lowerP);
  out[n++] = key(4, lowerN);
  out[n++] = key(5, lowerPP);
  out[n++] = key(6, lowerNN);
  out[n++] = key(8, shortP);
  out[n++] = key(9, shortN);
  out[n++] = key(10, shortP, short, shortN);
  out[n++] = key(19, pos);
  out[n++] = key(20, posP);
  out[n++] = key(21, posN);
  out[n++] = key(22, posP, pos);
  out[n++] = key(23, pos, posN);
  out[n++] = key(24, lowerP, lower);
  out[n++] = key(25, lower, lowerN);
  out[n++] = key(26, mode, short);
  out[n++] = key(27, flags & FLAG_SENTENCE_START, short, mode);
  out[n++] = key(28, short, lowerP);
  out[n++] = key(29, short, lowerN);
  const gaz = c[o + F_GAZ] ?? 0;
  for (let b = 0; b < 32; b++) if (gaz & (1 << b)) out[n++] = key(30, b);
  const gazP = hasP ? (c[p + F_GAZ] as number) : 0;
  const gazN = hasN ? (c[q + F_GAZ] as number) : 0;
  if (gazP) out[n++] = key(31, gazP);
  if (gazN) out[n++] = key(32, gazN);
  if (flags & FLAG_CAP) {
    const lowElsewhere = ctx.lowerSeen.has(lower) ? 1 : 0;
    const capElsewhere = ctx.capSeen.has(lower) ? 1 : 0;
    out[n++] = key(33, lowElsewhere, capElsewhere, mode * 2 + (flags & FLAG_SENTENCE_START ? 1 : 0));
    n = historyFeatures(codes, ctx, i, out, n);
  }
  return n;
}

/**
 * The keys of the features on the types the document gave token i's word
 * elsewhere (only for capitalised tokens), written from `n`. The one part of
 * a token's features that changes as the document is decoded.
 */
export function historyFeatures(codes: TokenCodes, ctx: DocContext, i: number, out: Int32Array, n: number): number {
  const o = i * STRIDE;
  const hist = ctx.history.get(codes.codes[o + F_LOWER] as number);
  if (!hist) return n;
  let best = 0;
  for (let t = 1; t < hist.length; t++) if ((hist[t] ?? 0) > (hist[best] ?? 0)) best = t;
  out[n++] = key(34, best, Math.min(hist[best] ?? 0, 3));
  out[n++] = key(35, best, codes.codes[o + F_SHORT] as number);
  return n;
}
