// Writes the attribution model's binary file (gzipped) and reads it back:
// for training and tests, in Node. Stages read the model through
// src/models/model-files.ts and parseModel.
import { gunzipSync, gzipSync } from "node:zlib";
import type { Weights } from "./perceptron.js";
import { type AttributionModel, MAGIC, parseModel } from "./model.js";
import { TAG_COUNT } from "./tags.js";

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

export function deserialiseModel(gz: Uint8Array): AttributionModel {
  return parseModel(gunzipSync(gz));
}
