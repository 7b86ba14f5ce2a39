import { describe, expect, it } from "vitest";
import { bestAlternative, trainRanker } from "../../../../../src/stages/statements/bounds/ranker.js";

const examples = [
  { feats: [Uint32Array.from([1]), Uint32Array.from([2])], target: [0, 1] },
  { feats: [Uint32Array.from([1, 5]), Uint32Array.from([2, 6])], target: [0, 1] },
  { feats: [Uint32Array.from([3]), Uint32Array.from([1])], target: [1, 0] },
];
const options = { bits: 4, epochs: 20, rate: 0.5, l2: 0 };

describe("statements/bounds/ranker", () => {
  it("ranker: prefers the alternatives its training targets", () => {
    const w = trainRanker(examples, options);
    expect(bestAlternative(w, [Uint32Array.from([1]), Uint32Array.from([2])])).toBe(1);
  });

  it("ranker: the same examples give the same weights", () => {
    expect(trainRanker(examples, options).weights).toEqual(trainRanker(examples, options).weights);
  });
});
