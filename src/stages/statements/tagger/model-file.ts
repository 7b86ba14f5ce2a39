// Writes the attribution model's binary file (gzipped) and reads it back:
// for training and tests, in Node. Stages read the model through
// src/models/model-files.ts and parseModel.
import { gunzipSync, gzipSync } from "node:zlib";
import type { RankerWeights } from "../bounds/ranker.js";
import type { FilterWeights } from "../filter/classifier.js";
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
  const tail: Buffer[] = [];
  const filterOf = (f: FilterWeights | null): { bits: number; threshold: number; scale: number } | null => {
    if (!f) return null;
    const q = quantiseFlat(f.weights);
    tail.push(Buffer.from(q.q.buffer));
    return { bits: f.bits, threshold: f.threshold, scale: q.scale };
  };
  const boundsOf = (b: RankerWeights | null): { bits: number; scale: number } | null => {
    if (!b) return null;
    const q = quantiseFlat(b.weights);
    tail.push(Buffer.from(q.q.buffer));
    return { bits: b.bits, scale: q.scale };
  };
  // the blocks follow in the order the header names them: filter, bounds, then the neural tagger's
  const filter = filterOf(m.filter);
  const bounds = boundsOf(m.bounds);
  const neuralHeads = m.neuralHeads ? { filter: filterOf(m.neuralHeads.filter), bounds: boundsOf(m.neuralHeads.bounds) } : null;
  const header = JSON.stringify({
    magic: MAGIC,
    tags: TAG_COUNT,
    cueRates: [...m.cueRates],
    pass1: q1.header,
    pass2: q2.header,
    filter,
    bounds,
    ...(neuralHeads ? { neuralHeads } : {}),
  });
  const head = Buffer.from(header, "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  const blocks = [len, head, Buffer.from(q1.emit.buffer), Buffer.from(q2.emit.buffer), ...tail];
  const body = Buffer.concat(blocks);
  return gzipSync(body, { level: 9 });
}

export function deserialiseModel(gz: Uint8Array): AttributionModel {
  return parseModel(gunzipSync(gz));
}
