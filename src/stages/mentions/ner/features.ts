// Feature keys of one token: integer mixes of the token codes of a window of
// two words either side, shapes, affixes, tags, gazetteers and document
// evidence. No strings are built here.
import {
  F_FLAGS, F_FORM, F_GAZ, F_LOWER, F_POS, F_PREFIX, F_SHAPE, F_SHORT, F_SUFFIX,
  FLAG_CAP, FLAG_SENTENCE_START, STRIDE, type TokenCodes,
} from "./codes.js";
import type { DocContext } from "./doc-context.js";
import { featureKey as key } from "./hashing.js";

export const MAX_FEATURES = 64;
const BOS = 0x5f3759df;
const EOS = 0x1b873593;

/**
 * Writes the feature keys of token i (in the sentence [s0, s1)) to `out` and
 * returns how many there are.
 */
export function extractFeatures(codes: TokenCodes, ctx: DocContext, lineMode: Uint8Array, i: number, s0: number, s1: number, out: Int32Array): number {
  const c = codes.codes;
  const o = i * STRIDE;
  const at = (k: number, field: number): number => (k < s0 ? BOS : k >= s1 ? EOS : (c[k * STRIDE + field] ?? 0));
  const lower = c[o + F_LOWER] ?? 0;
  const short = c[o + F_SHORT] ?? 0;
  const flags = c[o + F_FLAGS] ?? 0;
  const mode = lineMode[i] ?? 0;
  const lowerP = at(i - 1, F_LOWER);
  const lowerN = at(i + 1, F_LOWER);
  const shortP = at(i - 1, F_SHORT);
  const shortN = at(i + 1, F_SHORT);
  const posP = at(i - 1, F_POS);
  const posN = at(i + 1, F_POS);
  const pos = c[o + F_POS] ?? 0;
  let n = 0;
  out[n++] = key(0, 0);
  out[n++] = key(1, lower);
  out[n++] = key(2, c[o + F_FORM] ?? 0);
  out[n++] = key(3, lowerP);
  out[n++] = key(4, lowerN);
  out[n++] = key(5, at(i - 2, F_LOWER));
  out[n++] = key(6, at(i + 2, F_LOWER));
  out[n++] = key(7, c[o + F_SHAPE] ?? 0);
  out[n++] = key(8, shortP);
  out[n++] = key(9, shortN);
  out[n++] = key(10, shortP, short, shortN);
  for (let k = 0; k < 4; k++) {
    const p = c[o + F_PREFIX + k] ?? 0;
    const s = c[o + F_SUFFIX + k] ?? 0;
    if (p) out[n++] = key(11 + k, p);
    if (s) out[n++] = key(15 + k, s);
  }
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
  for (let b = 0; b < 28; b++) if (gaz & (1 << b)) out[n++] = key(30, b);
  const gazP = i > s0 ? (c[(i - 1) * STRIDE + F_GAZ] ?? 0) : 0;
  const gazN = i + 1 < s1 ? (c[(i + 1) * STRIDE + F_GAZ] ?? 0) : 0;
  if (gazP) out[n++] = key(31, gazP);
  if (gazN) out[n++] = key(32, gazN);
  if (flags & FLAG_CAP) {
    const lowElsewhere = ctx.lowerSeen.has(lower) ? 1 : 0;
    const capElsewhere = ctx.capSeen.has(lower) ? 1 : 0;
    out[n++] = key(33, lowElsewhere, capElsewhere, mode * 2 + (flags & FLAG_SENTENCE_START ? 1 : 0));
    const hist = ctx.history.get(lower);
    if (hist) {
      let best = 0;
      for (let t = 1; t < hist.length; t++) if ((hist[t] ?? 0) > (hist[best] ?? 0)) best = t;
      out[n++] = key(34, best, Math.min(hist[best] ?? 0, 3));
      out[n++] = key(35, best, short);
    }
  }
  return n;
}
