// Viterbi decoding of one sentence over BILOU tags: the best tag sequence
// under emission and transition scores, with BILOU's forbidden moves excluded.
import { allowed, TAG_COUNT } from "./tags.js";

const K = TAG_COUNT;
/** Transition scores: [a * TAG_COUNT + b], then start scores, then end scores. */
export const TRANSITION_SIZE = K * K + 2 * K;
const START = K * K;
const END = START + K;

export const startIndex = (b: number): number => START + b;
export const endIndex = (a: number): number => END + a;

/** For each tag b, the tags that may precede it: PREDECESSORS[PRED_START[b] … PRED_START[b + 1]). */
const PRED_START = new Int32Array(K + 1);
const PREDECESSORS = new Int32Array(K * K);
{
  let n = 0;
  for (let b = 0; b < K; b++) {
    PRED_START[b] = n;
    for (let a = 0; a < K; a++) if (allowed(a, b)) PREDECESSORS[n++] = a;
  }
  PRED_START[K] = n;
}
const CAN_START = Uint8Array.from({ length: K }, (_, b) => (allowed(-1, b) ? 1 : 0));
const AFTER_O = Uint8Array.from({ length: K }, (_, b) => (allowed(0, b) ? 1 : 0));
const CAN_END = Uint8Array.from({ length: K }, (_, a) => (allowed(a, -1) ? 1 : 0));

let score = new Float64Array(64 * K);
let back = new Uint8Array(64 * K);

/**
 * `emissions` holds `length` rows of TAG_COUNT scores; writes the best tags
 * to `tags`. `transitions` is laid out as TRANSITION_SIZE above.
 */
export function viterbi(emissions: Float64Array, length: number, transitions: Float64Array, tags: Uint8Array): void {
  if (length === 0) return;
  if (score.length < length * K) {
    score = new Float64Array(length * K * 2);
    back = new Uint8Array(length * K * 2);
  }
  const sc = score;
  const bk = back;
  for (let b = 0; b < K; b++) sc[b] = CAN_START[b] ? (emissions[b] as number) + (transitions[START + b] as number) : -Infinity;
  for (let i = 1; i < length; i++) {
    const prev = (i - 1) * K;
    const row = i * K;
    if (emissions[prev + 1] === -Infinity) {
      // After a token certain to be outside only O is alive: one predecessor.
      const from = sc[prev] as number;
      for (let b = 0; b < K; b++) {
        const e = emissions[row + b] as number;
        sc[row + b] = e === -Infinity || !AFTER_O[b] ? -Infinity : from + (transitions[b] as number) + e;
        bk[row + b] = 0;
      }
      continue;
    }
    for (let b = 0; b < K; b++) {
      if (emissions[row + b] === -Infinity) {
        sc[row + b] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const end = PRED_START[b + 1] as number;
      for (let p = PRED_START[b] as number; p < end; p++) {
        const a = PREDECESSORS[p] as number;
        const s = (sc[prev + a] as number) + (transitions[a * K + b] as number);
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      sc[row + b] = best + (emissions[row + b] as number);
      bk[row + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (length - 1) * K;
  for (let a = 0; a < K; a++) {
    if (!CAN_END[a]) continue;
    const s = (sc[last + a] as number) + (transitions[END + a] as number);
    if (s > best) {
      best = s;
      arg = a;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = bk[i * K + arg] as number;
  }
}
