// The neural attribution tagger: a two-layer bidirectional LSTM over each
// paragraph's tokens (a word embedding learned from PolNeAR train, a fixed
// pretrained one (GloVe) that also knows words train never saw, and embeddings
// of the categorical inputs of neural-inputs.ts), a softmax over the BIO tags,
// and constrained Viterbi
// decoding. Trained by scripts/train-neural-tagger.py; this is its reader and
// forward pass. The file: a u32 header length, a JSON header, then each tensor
// as int8 rows with one float32 scale per row (or plain float32 for biases).
// Nothing here needs Node: the explorer runs it too.
import { CATEGORIES, CATEGORY_SIZES, type NeuralInputs } from "./neural-inputs.js";
import { allowed, allowedFirst, TAG_COUNT } from "./tags.js";

export const NEURAL_MAGIC = "NGNEURAL1";
const T = TAG_COUNT;

interface TensorEntry {
  name: string;
  rows: number;
  cols: number;
  offset: number;
  kind: "i8" | "f32";
}

interface NeuralHeader {
  magic: string;
  hidden: number;
  layers: number;
  wordDim: number;
  catDims: number[];
  vocab: string[];
  /** Words of the pretrained table `ge.weight` (row k + 1; row 0 is the unknown word), and its dimension. */
  pretrainedVocab?: string[];
  pretrainedDim?: number;
  tensors: TensorEntry[];
}

interface Direction {
  readonly wih: Float64Array;
  readonly whh: Float64Array;
  /** b_ih + b_hh. */
  readonly bias: Float64Array;
}

export interface NeuralModel {
  readonly hidden: number;
  readonly inputDim: number;
  readonly wordDim: number;
  /** Vocabulary id of each known lower-cased word (0 padding, 1 unknown). */
  readonly vocab: ReadonlyMap<string, number>;
  readonly wordEmbedding: Float64Array;
  /** Row of each word in the pretrained table (0 unknown); empty without one. */
  readonly pretrainedVocab: ReadonlyMap<string, number>;
  readonly pretrainedDim: number;
  /** Kept as stored (int8 rows, a scale each): as 64-bit floats its 100,000 rows would take 80 MB. */
  readonly pretrainedEmbedding: QuantisedTable;
  /** Per category: its embedding table (values × dimension) and dimension. */
  readonly catTables: readonly Float64Array[];
  readonly catDims: readonly number[];
  /** Per layer, forward and backward. */
  readonly layers: readonly (readonly [Direction, Direction])[];
  readonly outWeight: Float64Array;
  readonly outBias: Float64Array;
}

export interface QuantisedTable {
  readonly scales: Float32Array;
  readonly values: Int8Array;
}

const EMPTY_TABLE: QuantisedTable = { scales: new Float32Array(0), values: new Int8Array(0) };

function isEntry(x: unknown): x is TensorEntry {
  if (typeof x !== "object" || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    typeof o.name === "string" &&
    typeof o.rows === "number" &&
    typeof o.cols === "number" &&
    typeof o.offset === "number" &&
    (o.kind === "i8" || o.kind === "f32")
  );
}

function isHeader(x: unknown): x is NeuralHeader {
  if (typeof x !== "object" || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    o.magic === NEURAL_MAGIC &&
    typeof o.hidden === "number" &&
    typeof o.layers === "number" &&
    typeof o.wordDim === "number" &&
    Array.isArray(o.catDims) &&
    o.catDims.length === CATEGORIES &&
    o.catDims.every((d) => typeof d === "number") &&
    Array.isArray(o.vocab) &&
    o.vocab.every((w) => typeof w === "string") &&
    (o.pretrainedVocab === undefined || (Array.isArray(o.pretrainedVocab) && o.pretrainedVocab.every((w) => typeof w === "string"))) &&
    (o.pretrainedDim === undefined || typeof o.pretrainedDim === "number") &&
    Array.isArray(o.tensors) &&
    o.tensors.every(isEntry)
  );
}

/** Reads the (uncompressed) binary format. */
export function parseNeuralModel(body: Uint8Array): NeuralModel {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (body.byteLength < 4) throw new Error("neural tagger model: file too short");
  const headLen = view.getUint32(0, true);
  const header: unknown = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + headLen)));
  if (!isHeader(header)) throw new Error(`neural tagger model: not a ${NEURAL_MAGIC} file`);
  const base = 4 + headLen;
  const tensors = new Map<string, Float64Array>();
  let pretrained = EMPTY_TABLE;
  for (const t of header.tensors) {
    const at = base + t.offset;
    if (t.name === "ge.weight" && t.kind === "i8") {
      const scales = new Float32Array(t.rows);
      for (let r = 0; r < t.rows; r++) scales[r] = view.getFloat32(at + 4 * r, true);
      // a copy (Int8Array's slice), so the file's bytes need not stay in memory
      pretrained = { scales, values: new Int8Array(body.buffer, body.byteOffset + at + 4 * t.rows, t.rows * t.cols).slice() };
      continue;
    }
    const out = new Float64Array(t.rows * t.cols);
    if (t.kind === "f32") {
      for (let k = 0; k < out.length; k++) out[k] = view.getFloat32(at + 4 * k, true);
    } else {
      const data = at + 4 * t.rows;
      for (let r = 0; r < t.rows; r++) {
        const scale = view.getFloat32(at + 4 * r, true);
        for (let k = 0; k < t.cols; k++) out[r * t.cols + k] = view.getInt8(data + r * t.cols + k) * scale;
      }
    }
    tensors.set(t.name, out);
  }
  const get = (name: string): Float64Array => {
    const t = tensors.get(name);
    if (!t) throw new Error(`neural tagger model: no tensor ${name}`);
    return t;
  };
  const layers: [Direction, Direction][] = [];
  for (let l = 0; l < header.layers; l++) {
    const dir = (suffix: string): Direction => {
      const bih = get(`rnn.bias_ih_l${l}${suffix}`);
      const bhh = get(`rnn.bias_hh_l${l}${suffix}`);
      return { wih: get(`rnn.weight_ih_l${l}${suffix}`), whh: get(`rnn.weight_hh_l${l}${suffix}`), bias: bih.map((b, k) => b + (bhh[k] as number)) };
    };
    layers.push([dir(""), dir("_reverse")]);
  }
  const vocab = new Map<string, number>(header.vocab.map((w, k) => [w, k + 2]));
  const pretrainedDim = header.pretrainedVocab ? (header.pretrainedDim ?? 0) : 0;
  if (pretrainedDim && pretrained.scales.length !== (header.pretrainedVocab?.length ?? 0) + 1)
    throw new Error("neural tagger model: the pretrained table does not match its vocabulary");
  return {
    hidden: header.hidden,
    inputDim: header.wordDim + pretrainedDim + header.catDims.reduce((a, b) => a + b, 0),
    wordDim: header.wordDim,
    vocab,
    wordEmbedding: get("we.weight"),
    pretrainedVocab: new Map<string, number>((header.pretrainedVocab ?? []).map((w, k) => [w, k + 1])),
    pretrainedDim,
    pretrainedEmbedding: pretrained,
    catTables: CATEGORY_SIZES.map((_s, k) => get(`fe.${k}.weight`)),
    catDims: header.catDims,
    layers,
    outWeight: get("out.weight"),
    outBias: get("out.bias"),
  };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** `out[r] += W[r, col..col+len) · v` for every row r of a row-major W with `cols` columns. */
function addProduct(out: Float64Array, w: Float64Array, cols: number, col: number, v: Float64Array, vFrom: number, len: number): void {
  const len4 = len - (len % 4);
  for (let r = 0; r < out.length; r++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    const wo = r * cols + col;
    let k = 0;
    for (; k < len4; k += 4) {
      a0 += (w[wo + k] as number) * (v[vFrom + k] as number);
      a1 += (w[wo + k + 1] as number) * (v[vFrom + k + 1] as number);
      a2 += (w[wo + k + 2] as number) * (v[vFrom + k + 2] as number);
      a3 += (w[wo + k + 3] as number) * (v[vFrom + k + 3] as number);
    }
    for (; k < len; k++) a0 += (w[wo + k] as number) * (v[vFrom + k] as number);
    out[r] = (out[r] as number) + (a0 + a1 + a2 + a3);
  }
}

/**
 * Layer one's input projections (W_ih · x) are sums of one vector per input:
 * the word's (both embeddings), computed on first use and kept, and each
 * category value's, computed when the model is read. Per direction, 4 × hidden
 * floats each.
 */
class FirstLayerInputs {
  private readonly words = new Map<string, Float64Array[]>();
  private readonly cats: Float64Array[][][];
  constructor(private readonly m: NeuralModel) {
    const dirs = m.layers[0] ?? [];
    let col = m.wordDim + m.pretrainedDim;
    this.cats = m.catTables.map((table, k) => {
      const dim = m.catDims[k] as number;
      const values = table.length / dim;
      const perValue = Array.from({ length: values }, (_v, v) =>
        dirs.map((d) => {
          const out = new Float64Array(4 * m.hidden);
          addProduct(out, d.wih, m.inputDim, col, table, v * dim, dim);
          return out;
        }),
      );
      col += dim;
      return perValue;
    });
  }

  /**
   * The projections of a lower-cased word. Kept for the words of train's
   * vocabulary (at most about 60 MB) and for the unknown word; a word only the
   * pretrained table knows is rare in news and recomputed, so that a long
   * batch cannot fill memory with one entry per word of the table.
   */
  word(word: string): Float64Array[] {
    const kept = this.words.get(word);
    if (kept) return kept; // the common case: one lookup
    const m = this.m;
    const id = m.vocab.get(word) ?? 1;
    const pid = m.pretrainedVocab.get(word) ?? 0;
    const key = id !== 1 ? word : pid === 0 ? "" : null;
    let p = key === null ? undefined : this.words.get(key);
    if (!p) {
      const vector = pretrainedRow(m, pid);
      p = (m.layers[0] ?? []).map((d) => {
        const out = new Float64Array(4 * m.hidden);
        addProduct(out, d.wih, m.inputDim, 0, m.wordEmbedding, id * m.wordDim, m.wordDim);
        if (m.pretrainedDim) addProduct(out, d.wih, m.inputDim, m.wordDim, vector, 0, m.pretrainedDim);
        return out;
      });
      if (key !== null) this.words.set(key, p);
    }
    return p;
  }

  category(k: number, value: number): Float64Array[] {
    return this.cats[k]?.[value] ?? [];
  }
}

/** Row r of the pretrained table, dequantised. */
function pretrainedRow(m: NeuralModel, r: number): Float64Array {
  const dim = m.pretrainedDim;
  const out = new Float64Array(dim);
  const scale = m.pretrainedEmbedding.scales[r] ?? 0;
  for (let k = 0; k < dim; k++) out[k] = (m.pretrainedEmbedding.values[r * dim + k] ?? 0) * scale;
  return out;
}

/** `row += v` (no-op when v is missing). */
function addVector(row: Float64Array, v: Float64Array | undefined): void {
  if (!v) return;
  for (let r = 0; r < row.length; r++) row[r] = (row[r] as number) + (v[r] as number);
}

const firstLayers = new WeakMap<NeuralModel, FirstLayerInputs>();

/** One direction of an LSTM layer over `n` steps whose input projections (bias included) are `pre` (n × 4H); outputs go to `out` at column `col` of rows `outWidth` wide. */
function runDirection(whh: Float64Array, pre: Float64Array, n: number, H: number, reverse: boolean, out: Float64Array, outWidth: number, col: number): void {
  const h = new Float64Array(H);
  const c = new Float64Array(H);
  const g = new Float64Array(4 * H);
  for (let s = 0; s < n; s++) {
    const t = reverse ? n - 1 - s : s;
    const po = t * 4 * H;
    g.set(pre.subarray(po, po + 4 * H));
    addProduct(g, whh, H, 0, h, 0, H);
    // PyTorch's gate order: input, forget, cell, output
    for (let k = 0; k < H; k++) {
      const ck = sigmoid(g[H + k] as number) * (c[k] as number) + sigmoid(g[k] as number) * Math.tanh(g[2 * H + k] as number);
      c[k] = ck;
      const hk = sigmoid(g[3 * H + k] as number) * Math.tanh(ck);
      h[k] = hk;
      out[t * outWidth + col + k] = hk;
    }
  }
}

/** Log-probabilities of the tags (TAG_COUNT per token) of tokens from..to-1. */
export function tagLogProbs(m: NeuralModel, inputs: NeuralInputs, from: number, to: number): Float32Array {
  const n = to - from;
  const H = m.hidden;
  const G = 4 * H;
  let first = firstLayers.get(m);
  if (!first) {
    first = new FirstLayerInputs(m);
    firstLayers.set(m, first);
  }
  // word vectors once per paragraph, for both directions
  const wordInputs: Float64Array[][] = new Array<Float64Array[]>(n);
  for (let t = 0; t < n; t++) wordInputs[t] = first.word(inputs.words[from + t] ?? "");
  let x: Float64Array | null = null;
  let inDim = 0;
  m.layers.forEach(([fwd, bwd], l) => {
    const out = new Float64Array(n * 2 * H);
    [fwd, bwd].forEach((d, dir) => {
      const pre = new Float64Array(n * G);
      for (let t = 0; t < n; t++) {
        const row = pre.subarray(t * G, (t + 1) * G);
        row.set(d.bias);
        if (l === 0) {
          const i = from + t;
          addVector(row, wordInputs[t]?.[dir]);
          for (let k = 0; k < CATEGORIES; k++) addVector(row, first.category(k, inputs.cats[i * CATEGORIES + k] as number)[dir]);
        } else if (x) addProduct(row, d.wih, inDim, 0, x, t * inDim, inDim);
      }
      runDirection(d.whh, pre, n, H, dir === 1, out, 2 * H, dir * H);
    });
    x = out;
    inDim = 2 * H;
  });
  const last = x ?? new Float64Array(0);
  const lp = new Float32Array(n * T);
  for (let t = 0; t < n; t++) {
    let max = -Infinity;
    for (let y = 0; y < T; y++) {
      let acc = m.outBias[y] as number;
      const wo = y * inDim;
      for (let k = 0; k < inDim; k++) acc += (m.outWeight[wo + k] as number) * (last[t * inDim + k] as number);
      lp[t * T + y] = acc;
      if (acc > max) max = acc;
    }
    let sum = 0;
    for (let y = 0; y < T; y++) sum += Math.exp((lp[t * T + y] as number) - max);
    const norm = max + Math.log(sum);
    for (let y = 0; y < T; y++) lp[t * T + y] = (lp[t * T + y] as number) - norm;
  }
  return lp;
}

/** The best tag sequence under the log-probabilities, where an I- tag only continues its own B- or I-. */
export function decodeTags(lp: Float32Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(T);
  const next = new Float64Array(T);
  const back = new Uint8Array(n * T);
  for (let y = 0; y < T; y++) score[y] = allowedFirst(y) ? (lp[y] as number) : -Infinity;
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < T; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowed(p, y)) continue;
        const s = score[p] as number;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[y] = best + (lp[t * T + y] as number);
      back[t * T + y] = arg;
    }
    score.set(next);
  }
  let y = 0;
  for (let k = 1; k < T; k++) if ((score[k] as number) > (score[y] as number)) y = k;
  for (let t = n - 1; t >= 0; t--) {
    tags[t] = y;
    y = back[t * T + y] as number;
  }
  return tags;
}
