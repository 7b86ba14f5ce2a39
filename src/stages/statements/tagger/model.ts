// The attribution model: the learned cue rates, the weights of both passes
// and the statement filter. Serialised as one gzipped binary (int8 weights,
// one scale per block).
import { gunzipSync, gzipSync } from "node:zlib";
import type { FilterWeights } from "../filter/classifier.js";
import type { RankerWeights } from "../bounds/ranker.js";
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
}

const MAGIC = "NGATTR3";

/** Float weights as int8 with one scale (the largest |w| maps to 127). */
function quantiseFlat(x: Float32Array): { scale: number; q: Int8Array } {
  let top = 0;
  for (const v of x) top = Math.max(top, Math.abs(v));
  const scale = top / 127 || 1;
  return { scale, q: Int8Array.from(x, (v) => Math.round(v / scale)) };
}

/** Weights as int8: the scale maps the 99.99th percentile of |w| to 127, the few larger ones are clipped. */
function quantise(w: Weights): { header: object; emit: Int8Array } {
  const magnitudes = Float32Array.from(w.emit, (x) => Math.abs(x * w.scale))
    .filter((x) => x > 0)
    .sort();
  const top = magnitudes[Math.floor(magnitudes.length * 0.9999)] ?? magnitudes[magnitudes.length - 1] ?? 1;
  const scale = top / 127 || 1;
  const emit = Int8Array.from(w.emit, (x) => Math.max(-127, Math.min(127, Math.round((x * w.scale) / scale))));
  return { header: { bits: w.bits, stride: w.stride, scale, trans: [...w.trans], start: [...w.start] }, emit };
}

export function serialiseModel(m: AttributionModel): Buffer {
  const q1 = quantise(m.pass1);
  const q2 = quantise(m.pass2);
  const qf = m.filter ? quantiseFlat(m.filter.weights) : null;
  const filter = m.filter && qf ? { bits: m.filter.bits, threshold: m.filter.threshold, scale: qf.scale } : null;
  const qb = m.bounds ? quantiseFlat(m.bounds.weights) : null;
  const bounds = m.bounds && qb ? { bits: m.bounds.bits, scale: qb.scale } : null;
  const header = JSON.stringify({ magic: MAGIC, tags: TAG_COUNT, cueRates: [...m.cueRates], pass1: q1.header, pass2: q2.header, filter, bounds });
  const head = Buffer.from(header, "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const blocks = [len, head, Buffer.from(q1.emit.buffer), Buffer.from(q2.emit.buffer)];
  if (qf) blocks.push(Buffer.from(qf.q.buffer));
  if (qb) blocks.push(Buffer.from(qb.q.buffer));
  const body = Buffer.concat(blocks);
  return gzipSync(body, { level: 9 });
}

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

export function deserialiseModel(gz: Uint8Array): AttributionModel {
  const body = gunzipSync(gz);
  const headLen = body.readUInt32LE(0);
  const header: unknown = JSON.parse(body.subarray(4, 4 + headLen).toString("utf8"));
  const h = header as { magic?: unknown; cueRates?: unknown; pass1?: unknown; pass2?: unknown; filter?: unknown; bounds?: unknown };
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
  const f = h.filter as { bits?: unknown; threshold?: unknown; scale?: unknown } | null | undefined;
  let filter: FilterWeights | null = null;
  if (f && typeof f.bits === "number" && typeof f.threshold === "number" && typeof f.scale === "number") {
    const q = new Int8Array(body.buffer, body.byteOffset + offset, 1 << f.bits);
    const scale = f.scale;
    filter = { bits: f.bits, threshold: f.threshold, weights: Float32Array.from(q, (v) => v * scale) };
    offset += 1 << f.bits;
  }
  const b = h.bounds as { bits?: unknown; scale?: unknown } | null | undefined;
  let bounds: RankerWeights | null = null;
  if (b && typeof b.bits === "number" && typeof b.scale === "number") {
    const q = new Int8Array(body.buffer, body.byteOffset + offset, 1 << b.bits);
    const scale = b.scale;
    bounds = { bits: b.bits, weights: Float32Array.from(q, (v) => v * scale) };
  }
  const cueRates = new Map<string, number>(
    (h.cueRates as unknown[]).filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "number"),
  );
  return { cueRates, pass1, pass2, filter, bounds };
}
