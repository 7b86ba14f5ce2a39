import { describe, expect, it } from "vitest";
import { filterScore, trainFilter } from "../../../../../src/stages/statements/filter/classifier.js";

const examples = [
  { feats: Uint32Array.from([1, 2]), label: true },
  { feats: Uint32Array.from([1, 3]), label: false },
  { feats: Uint32Array.from([1, 2, 4]), label: true },
  { feats: Uint32Array.from([1, 3, 4]), label: false },
];
const options = { bits: 4, epochs: 20, rate: 0.5, l2: 0, threshold: 0.5 };

describe("statements/filter/classifier", () => {
  it("classifier: learns which feature marks an attribution", () => {
    const w = trainFilter(examples, options);
    expect(filterScore(w, Uint32Array.from([1, 2]))).toBeGreaterThan(0.5);
    expect(filterScore(w, Uint32Array.from([1, 3]))).toBeLessThan(0.5);
  });

  it("classifier: the same examples give the same weights", () => {
    expect(trainFilter(examples, options).weights).toEqual(trainFilter(examples, options).weights);
  });
});
