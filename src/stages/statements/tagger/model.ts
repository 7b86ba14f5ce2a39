// The attribution model: the learned cue rates and the weights of both
// passes. Serialised as one gzipped binary (int8 weights, one scale per pass).
import { gunzipSync, gzipSync } from "node:zlib";
import type { Weights } from "./perceptron.js";
import { TAG_COUNT } from "./tags.js";

export interface AttributionModel {
  readonly cueRates: ReadonlyMap<string, number>;
  readonly pass1: Weights;
  readonly pass2: Weights;
}

const MAGIC = "NGATTR2";

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
  const header = JSON.stringify({ magic: MAGIC, tags: TAG_COUNT, cueRates: [...m.cueRates], pass1: q1.header, pass2: q2.header });
  const head = Buffer.from(header, "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const body = Buffer.concat([len, head, Buffer.from(q1.emit.buffer), Buffer.from(q2.emit.buffer)]);
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
  const h = header as { magic?: unknown; cueRates?: unknown; pass1?: unknown; pass2?: unknown };
  if (h.magic !== MAGIC || !Array.isArray(h.cueRates) || !isPassHeader(h.pass1) || !isPassHeader(h.pass2)) throw new Error("attribution model: unknown format");
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
  const cueRates = new Map<string, number>(
    (h.cueRates as unknown[]).filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "number"),
  );
  return { cueRates, pass1, pass2 };
}
