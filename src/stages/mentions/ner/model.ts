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

/** Ints per hash-table slot: the key, then up to three packed entries inline. */
const SLOT = 4;
/** Bits of the presence filter (128 KB, so it stays in cache while the table does not). */
const FILTER_BITS = 20;
const filterBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);

/**
 * Decoding weights read from the model buffer. Each slot of the table holds a
 * feature key and its entries (tag << 16 | int16 value) inline, so a lookup
 * touches one cache line; a feature with more than three entries points from
 * its first entry (negative) to a run in `overflow`, led by its count.
 */
export class CompactModel implements Weights {
  readonly transitions: Float64Array;
  readonly features: number;
  private readonly scale: number;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly overflow: Int32Array;
  /**
   * One bit per hashed key present in the table: most context features (word
   * pairs, rare neighbours) are not in the model, and this answers for them
   * without a probe into the table, which is far larger than the cache.
   */
  private readonly present: Int32Array;

  constructor(bytes: Uint8Array) {
    // Copy into a fresh, aligned buffer: file buffers may start at any offset.
    const buffer = bytes.slice().buffer;
    const [magic, version, features = 0, entries = 0, tagCount] = new Int32Array(buffer, 0, HEADER_INTS);
    if (magic !== MAGIC || version !== VERSION || tagCount !== TAG_COUNT) throw new Error("not a newsgraph NER model (or a different version)");
    const at = layout(features, entries);
    const floats = new Float32Array(buffer, at.floats, 1 + TRANSITION_SIZE);
    this.scale = floats[0] ?? 1;
    this.transitions = Float64Array.from(floats.subarray(1));
    this.features = features;
    const keys = new Int32Array(buffer, at.keys, features);
    const counts = new Uint8Array(buffer, at.counts, features);
    const tags = new Uint8Array(buffer, at.tags, entries);
    const values = new Int16Array(buffer, at.values, entries);
    let size = 1;
    while (size < features * 1.4) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * SLOT);
    let spill = 0;
    for (let f = 0; f < features; f++) if ((counts[f] ?? 0) > SLOT - 1) spill += 1 + (counts[f] ?? 0);
    this.overflow = new Int32Array(spill);
    this.present = new Int32Array(1 << (FILTER_BITS - 5));
    for (let f = 0; f < features; f++) {
      const bit = filterBit(keys[f] ?? 0);
      this.present[bit >>> 5] = (this.present[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
    let e = 0;
    let o = 0;
    for (let f = 0; f < features; f++) {
      const key = keys[f] ?? 0;
      let slot = (key ^ (key >>> 15)) & this.mask;
      while (this.slots[slot * SLOT] !== 0) slot = (slot + 1) & this.mask;
      const base = slot * SLOT;
      this.slots[base] = key;
      const count = counts[f] ?? 0;
      if (count <= SLOT - 1) {
        for (let k = 0; k < count; k++, e++) this.slots[base + 1 + k] = ((tags[e] ?? 0) << 16) | ((values[e] ?? 0) & 0xffff);
      } else {
        this.slots[base + 1] = -(o + 1);
        this.overflow[o++] = count;
        for (let k = 0; k < count; k++, e++) this.overflow[o++] = ((tags[e] ?? 0) << 16) | ((values[e] ?? 0) & 0xffff);
      }
    }
  }

  addScores(keys: Int32Array, count: number, out: Float64Array, offset: number): void {
    const slots = this.slots;
    const mask = this.mask;
    const scale = this.scale;
    const present = this.present;
    for (let k = 0; k < count; k++) {
      const key = keys[k] as number;
      const bit = filterBit(key);
      if (((present[bit >>> 5] as number) & (1 << (bit & 31))) === 0) continue;
      let slot = (key ^ (key >>> 15)) & mask;
      let at = slots[slot * SLOT] as number;
      while (at !== key && at !== 0) {
        slot = (slot + 1) & mask;
        at = slots[slot * SLOT] as number;
      }
      if (at === 0) continue;
      const base = slot * SLOT;
      const first = slots[base + 1] as number;
      if (first >= 0) {
        for (let j = 1; j < SLOT; j++) {
          const packed = slots[base + j] as number;
          if (packed === 0) break;
          const i = offset + (packed >>> 16);
          out[i] = (out[i] as number) + ((packed << 16) >> 16) * scale;
        }
      } else {
        const o = -first - 1;
        const end = o + 1 + (this.overflow[o] as number);
        for (let j = o + 1; j < end; j++) {
          const packed = this.overflow[j] as number;
          const i = offset + (packed >>> 16);
          out[i] = (out[i] as number) + ((packed << 16) >> 16) * scale;
        }
      }
    }
  }
}
