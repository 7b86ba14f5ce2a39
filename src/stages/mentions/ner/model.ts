// The shipped tagger model: sparse, quantised feature weights in one binary
// buffer, read into a compact open-addressing hash table keyed by feature.
//   layout: Int32 header[8] · Float32 scale, transitions · Int32 keys (sorted)
//           · Uint8 entry counts · Uint8 entry tags · Int16 entry values
import { TAG_COUNT } from "./tags.js";
import { TRANSITION_SIZE } from "./viterbi.js";
import type { Weights } from "./weights.js";

const MAGIC = 0x4e455231; // "NER1"
const VERSION = 1;
const HEADER_INTS = 8;

/** One feature's non-zero weights: parallel tag and value lists. */
export interface SparseRow {
  readonly key: number;
  readonly tags: readonly number[];
  readonly values: readonly number[];
}

const pad = (n: number, to: number): number => Math.ceil(n / to) * to;

function layout(features: number, entries: number): { floats: number; keys: number; counts: number; tags: number; values: number; size: number } {
  const floats = HEADER_INTS * 4;
  const keys = floats + (1 + TRANSITION_SIZE) * 4;
  const counts = keys + features * 4;
  const tags = counts + features;
  const values = pad(tags + entries, 2);
  return { floats, keys, counts, tags, values, size: pad(values + entries * 2, 4) };
}

/** Quantises weights to 16 bits on one scale and writes the model buffer. */
export function encodeModel(rows: readonly SparseRow[], transitions: ArrayLike<number>): Uint8Array {
  const sorted = [...rows].sort((a, b) => a.key - b.key);
  const entries = sorted.reduce((n, r) => n + r.tags.length, 0);
  let max = 1e-9;
  for (const r of sorted) for (const v of r.values) max = Math.max(max, Math.abs(v));
  const scale = max / 32767;
  const at = layout(sorted.length, entries);
  const buffer = new ArrayBuffer(at.size);
  new Int32Array(buffer, 0, HEADER_INTS).set([MAGIC, VERSION, sorted.length, entries, TAG_COUNT, 0, 0, 0]);
  const floats = new Float32Array(buffer, at.floats, 1 + TRANSITION_SIZE);
  floats[0] = scale;
  for (let k = 0; k < TRANSITION_SIZE; k++) floats[1 + k] = transitions[k] ?? 0;
  const keys = new Int32Array(buffer, at.keys, sorted.length);
  const counts = new Uint8Array(buffer, at.counts, sorted.length);
  const tags = new Uint8Array(buffer, at.tags, entries);
  const values = new Int16Array(buffer, at.values, entries);
  let e = 0;
  sorted.forEach((r, f) => {
    keys[f] = r.key;
    counts[f] = r.tags.length;
    r.tags.forEach((t, k) => {
      tags[e] = t;
      values[e] = Math.round((r.values[k] ?? 0) / scale);
      e++;
    });
  });
  return new Uint8Array(buffer);
}

export class CompactModel implements Weights {
  readonly transitions: Float32Array;
  readonly features: number;
  private readonly scale: number;
  private readonly mask: number;
  private readonly table: Int32Array;
  private readonly keys: Int32Array;
  private readonly starts: Int32Array;
  private readonly tags: Uint8Array;
  private readonly values: Int16Array;

  constructor(bytes: Uint8Array) {
    // Copy into a fresh, aligned buffer: file buffers may start at any offset.
    const buffer = bytes.slice().buffer;
    const [magic, version, features = 0, entries = 0, tagCount] = new Int32Array(buffer, 0, HEADER_INTS);
    if (magic !== MAGIC || version !== VERSION || tagCount !== TAG_COUNT) throw new Error("not a newsgraph NER model (or a different version)");
    const at = layout(features, entries);
    const floats = new Float32Array(buffer, at.floats, 1 + TRANSITION_SIZE);
    this.scale = floats[0] ?? 1;
    this.transitions = floats.subarray(1);
    this.features = features;
    this.keys = new Int32Array(buffer, at.keys, features);
    const counts = new Uint8Array(buffer, at.counts, features);
    this.tags = new Uint8Array(buffer, at.tags, entries);
    this.values = new Int16Array(buffer, at.values, entries);
    this.starts = new Int32Array(features + 1);
    for (let f = 0; f < features; f++) this.starts[f + 1] = (this.starts[f] ?? 0) + (counts[f] ?? 0);
    let size = 1;
    while (size < features * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size).fill(-1);
    for (let f = 0; f < features; f++) {
      let slot = (this.keys[f] ?? 0) & this.mask;
      while ((this.table[slot] ?? -1) >= 0) slot = (slot + 1) & this.mask;
      this.table[slot] = f;
    }
  }

  private find(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const f = this.table[slot] ?? -1;
      if (f < 0 || this.keys[f] === key) return f;
      slot = (slot + 1) & this.mask;
    }
  }

  addScores(keys: Int32Array, count: number, out: Float64Array, offset: number): void {
    for (let k = 0; k < count; k++) {
      const f = this.find(keys[k] ?? 0);
      if (f < 0) continue;
      const end = this.starts[f + 1] ?? 0;
      for (let e = this.starts[f] ?? 0; e < end; e++) {
        const i = offset + (this.tags[e] ?? 0);
        out[i] = (out[i] ?? 0) + (this.values[e] ?? 0) * this.scale;
      }
    }
  }
}
