import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { modelBytes } from "../../../../../src/models/model-files.js";
import { CATEGORIES, type NeuralInputs, wordShape } from "../../../../../src/stages/statements/tagger/neural-inputs.js";
import { decodeTags, parseNeuralModel, tagLogProbs } from "../../../../../src/stages/statements/tagger/neural-model.js";
import { allowed, allowedFirst, TAG_COUNT } from "../../../../../src/stages/statements/tagger/tags.js";

interface FixtureCase {
  words: string[];
  cats: number[];
  logProbs: number[];
  tags: number[];
}
const fixture = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../../../fixtures/neural-tagger.json"), "utf8")) as { cases: FixtureCase[] };

describe("tagger/neural-model", () => {
  const bytes = modelBytes("tagger");
  if (!bytes) throw new Error("data/models/tagger.bin.gz is missing");
  const model = parseNeuralModel(bytes);

  it.each(fixture.cases.map((c, k) => [k, c] as const))("reproduces PyTorch's log-probabilities and tags of dev paragraph %i", (_k, c) => {
    const n = c.words.length;
    expect(c.cats).toHaveLength(n * CATEGORIES);
    const lp = tagLogProbs(model, { n, words: c.words, cats: Uint8Array.from(c.cats) }, 0, n);
    let worst = 0;
    lp.forEach((v, k) => {
      worst = Math.max(worst, Math.abs(v - (c.logProbs[k] as number)));
    });
    expect(worst).toBeLessThan(1e-3);
    expect(Array.from(decodeTags(lp, n))).toEqual(c.tags);
  });

  it("reads words PolNeAR train never saw through the pretrained vectors, and no others", () => {
    expect(model.pretrainedVocab.size).toBe(100_000);
    // words of PolNeAR dev that train has fewer than twice; "averred" is rarer than GloVe's first 100,000
    const unseen = ["pneumonia", "subsidiaries", "curfew"];
    for (const w of unseen) expect([model.vocab.has(w), model.pretrainedVocab.has(w)]).toEqual([false, true]);
    expect(model.pretrainedVocab.has("averred")).toBe(false);
    const sentence = (word: string): NeuralInputs => {
      const words = ["the", "minister", word, "on", "monday", "."];
      return { n: words.length, words, cats: new Uint8Array(words.length * CATEGORIES) };
    };
    const nonsense = tagLogProbs(model, sentence("averred"), 0, 6);
    const otherNonsense = tagLogProbs(model, sentence("qzxvq"), 0, 6);
    expect(Array.from(otherNonsense)).toEqual(Array.from(nonsense));
    for (const w of unseen) expect(Array.from(tagLogProbs(model, sentence(w), 0, 6))).not.toEqual(Array.from(nonsense));
  });

  it("decodes only well-formed BIO sequences, even where an I- tag scores best", () => {
    const n = 4;
    const lp = new Float32Array(n * TAG_COUNT).fill(-5);
    lp[4] = 0; // I-CUE first
    lp[TAG_COUNT + 6] = 0; // I-CON after it
    lp[2 * TAG_COUNT + 2] = 0; // I-SRC
    lp[3 * TAG_COUNT] = 0;
    const tags = decodeTags(lp, n);
    expect(allowedFirst(tags[0] as number)).toBe(true);
    for (let t = 1; t < n; t++) expect(allowed(tags[t - 1] as number, tags[t] as number)).toBe(true);
  });

  it("refuses a file that is not a neural tagger model, saying so", () => {
    const header = new TextEncoder().encode(JSON.stringify({ magic: "SOMETHING" }));
    const body = new Uint8Array(4 + header.length);
    new DataView(body.buffer).setUint32(0, header.length, true);
    body.set(header, 4);
    expect(() => parseNeuralModel(body)).toThrow(/not a NGNEURAL1 file/);
  });

  it("word shapes: capitalised, number, punctuation, lower case", () => {
    expect(["Putin", "2021", "“", "said", "État"].map(wordShape)).toEqual([1, 2, 3, 0, 1]);
  });
});
