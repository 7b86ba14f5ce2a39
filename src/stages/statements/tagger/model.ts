// The attribution model: the learned cue rates, the weights of both passes,
// the statement filter and the bounds ranker, and how to read its binary
// format (a JSON header, then int8 weights with one scale per block; the
// writer is model-file.ts). Nothing here needs Node: the explorer reads it too.
import type { FilterWeights } from "../filter/classifier.js";
import type { RankerWeights } from "../bounds/ranker.js";
import type { NeuralModel } from "./neural-model.js";
import type { Weights } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";

export interface AttributionModel {
  readonly cueRates: ReadonlyMap<string, number>;
  readonly pass1: Weights;
  readonly pass2: Weights;
  /** The statement filter, or null (keep every draft). */
  readonly filter: FilterWeights | null;
  /** The ranker of content bounds, or null (keep the tagger's). */
  readonly bounds: RankerWeights | null;
  /**
   * The neural tagger, which replaces pass two's tags when present (it reads
   * pass one's). Shipped in its own file; absent while the perceptron, the
   * filter and the ranker are trained.
   */
  readonly neural?: NeuralModel | null;
  /**
   * The filter and the ranker trained on the neural tagger's drafts, which err
   * differently from the perceptron's; used instead of `filter` and `bounds`
   * when the neural tagger tags.
   */
  readonly neuralHeads?: Heads | null;
}

export interface Heads {
  readonly filter: FilterWeights | null;
  readonly bounds: RankerWeights | null;
}

/** The filter and ranker that fit the tagger in use. */
export function headsOf(m: AttributionModel): Heads {
  return m.neural && m.neuralHeads ? m.neuralHeads : m;
}

export const MAGIC = "NGATTR3";

interface PassHeader {
  bits: number;
  stride: number;
  scale: number;
  trans: number[];
  start: number[];
}

function isPassHeader(x: unknown): x is PassHeader {
  if (typeof x !== "object" || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.bits === "number" && typeof o.stride === "number" && typeof o.scale === "number" && Array.isArray(o.trans) && Array.isArray(o.start);
}

/** Reads the (uncompressed) binary format. */
export function parseModel(body: Uint8Array): AttributionModel {
  const headLen = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
  const header: unknown = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + headLen)));
  const h = header as { magic?: unknown; cueRates?: unknown; pass1?: unknown; pass2?: unknown; filter?: unknown; bounds?: unknown; neuralHeads?: unknown };
  if ((h.magic !== MAGIC && h.magic !== "NGATTR2") || !Array.isArray(h.cueRates) || !isPassHeader(h.pass1) || !isPassHeader(h.pass2))
    throw new Error("attribution model: unknown format");
  let offset = 4 + headLen;
  const pass = (p: PassHeader): Weights => {
    const n = (1 << p.bits) * TAG_COUNT;
    const emit = new Int8Array(n);
    emit.set(new Int8Array(body.buffer, body.byteOffset + offset, n));
    offset += n;
    return { bits: p.bits, stride: p.stride, scale: p.scale, emit, trans: Float32Array.from(p.trans), start: Float32Array.from(p.start) };
  };
  const pass1 = pass(h.pass1);
  const pass2 = pass(h.pass2);
  const readFilter = (x: unknown): FilterWeights | null => {
    const f = x as { bits?: unknown; threshold?: unknown; scale?: unknown } | null | undefined;
    if (!f || typeof f.bits !== "number" || typeof f.threshold !== "number" || typeof f.scale !== "number") return null;
    const q = new Int8Array(body.buffer, body.byteOffset + offset, 1 << f.bits);
    const scale = f.scale;
    offset += 1 << f.bits;
    return { bits: f.bits, threshold: f.threshold, weights: Float32Array.from(q, (v) => v * scale) };
  };
  const readBounds = (x: unknown): RankerWeights | null => {
    const b = x as { bits?: unknown; scale?: unknown } | null | undefined;
    if (!b || typeof b.bits !== "number" || typeof b.scale !== "number") return null;
    const q = new Int8Array(body.buffer, body.byteOffset + offset, 1 << b.bits);
    const scale = b.scale;
    offset += 1 << b.bits;
    return { bits: b.bits, weights: Float32Array.from(q, (v) => v * scale) };
  };
  const filter = readFilter(h.filter);
  const bounds = readBounds(h.bounds);
  const nh = h.neuralHeads as { filter?: unknown; bounds?: unknown } | null | undefined;
  const neuralHeads = nh ? { filter: readFilter(nh.filter), bounds: readBounds(nh.bounds) } : null;
  const cueRates = new Map<string, number>(
    (h.cueRates as unknown[]).filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "number"),
  );
  return { cueRates, pass1, pass2, filter, bounds, neuralHeads };
}
