import { describe, expect, it } from "vitest";
import { decode, emptyWeights } from "../../../../../src/stages/statements/tagger/perceptron.js";
import { allowed, TAG_COUNT } from "../../../../../src/stages/statements/tagger/tags.js";
import { trainPerceptron } from "../../../../../src/stages/statements/tagger/train.js";

describe("tagger/perceptron", () => {
  it("perceptron: Viterbi never lets an I- tag follow another role", () => {
    const w = emptyWeights(4, 1);
    // every feature votes for I-CON (6), which may not open a sequence or follow O
    for (let f = 0; f < 16; f++) w.emit[f * TAG_COUNT + 6] = 5;
    const tags = decode(w, Uint32Array.from([1, 2, 3, 4]), 4);
    expect(tags[0]).not.toBe(6);
    for (let i = 1; i < tags.length; i++) expect(allowed(tags[i - 1] ?? 0, tags[i] ?? 0)).toBe(true);
  });

  it("perceptron: learns a toy tagging and reproduces it deterministically", () => {
    // feature 1 marks a cue word, 2 a source word, 3 a content word, 4 anything else
    const seqs = [
      { feats: Uint32Array.from([2, 1, 3, 3, 4]), gold: Uint8Array.from([1, 3, 5, 6, 0]) },
      { feats: Uint32Array.from([4, 2, 1, 3]), gold: Uint8Array.from([0, 1, 3, 5]) },
    ];
    const a = trainPerceptron(seqs, 4, 1, 10);
    const b = trainPerceptron(seqs, 4, 1, 10);
    expect([...decode(a, Uint32Array.from([2, 1, 3, 3]), 4)]).toEqual([1, 3, 5, 6]);
    expect([...a.emit]).toEqual([...b.emit]);
  });
});
