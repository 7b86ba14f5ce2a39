// Viterbi decoding of one sentence over BILOU tags: the best tag sequence
// under emission and transition scores, with BILOU's forbidden moves excluded.
import { allowed, TAG_COUNT } from "./tags.js";

/** Transition scores: [a * TAG_COUNT + b], then start scores, then end scores. */
export const TRANSITION_SIZE = TAG_COUNT * TAG_COUNT + 2 * TAG_COUNT;
const START = TAG_COUNT * TAG_COUNT;
const END = START + TAG_COUNT;

const ALLOWED = new Uint8Array(TRANSITION_SIZE);
for (let a = 0; a < TAG_COUNT; a++) for (let b = 0; b < TAG_COUNT; b++) ALLOWED[a * TAG_COUNT + b] = allowed(a, b) ? 1 : 0;
for (let b = 0; b < TAG_COUNT; b++) {
  ALLOWED[START + b] = allowed(-1, b) ? 1 : 0;
  ALLOWED[END + b] = allowed(b, -1) ? 1 : 0;
}

export const startIndex = (b: number): number => START + b;
export const endIndex = (a: number): number => END + a;

/**
 * `emissions` holds `length` rows of TAG_COUNT scores; writes the best tags
 * to `tags`.
 */
export function viterbi(emissions: Float64Array, length: number, transitions: ArrayLike<number>, tags: Uint8Array): void {
  if (length === 0) return;
  const K = TAG_COUNT;
  const score = new Float64Array(length * K);
  const back = new Uint8Array(length * K);
  for (let b = 0; b < K; b++) score[b] = ALLOWED[START + b] ? (emissions[b] ?? 0) + (transitions[START + b] ?? 0) : -Infinity;
  for (let i = 1; i < length; i++) {
    for (let b = 0; b < K; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < K; a++) {
        if (!ALLOWED[a * K + b]) continue;
        const s = (score[(i - 1) * K + a] ?? -Infinity) + (transitions[a * K + b] ?? 0);
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * K + b] = best + (emissions[i * K + b] ?? 0);
      back[i * K + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let a = 0; a < K; a++) {
    if (!ALLOWED[END + a]) continue;
    const s = (score[(length - 1) * K + a] ?? -Infinity) + (transitions[END + a] ?? 0);
    if (s > best) {
      best = s;
      arg = a;
    }
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * K + arg] ?? 0;
  }
}
