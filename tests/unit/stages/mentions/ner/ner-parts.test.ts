// Pieces of the trained recogniser that need no model: token flags, the
// ensemble average, and the compact model's lookups behind its filter.
import { describe, expect, it } from "vitest";
import { FLAG_ALLCAPS, FLAG_CAP, FLAG_DASH, FLAG_DIGIT, FLAG_LOWER, FLAG_OUTSIDE, flagsOf } from "../../../../../src/stages/mentions/ner/codes.js";
import { averageModels } from "../../../../../src/stages/mentions/ner/ensemble.js";
import { CompactModel, encodeModel } from "../../../../../src/stages/mentions/ner/model.js";
import { TAG_COUNT } from "../../../../../src/stages/mentions/ner/tags.js";
import { TRANSITION_SIZE } from "../../../../../src/stages/mentions/ner/viterbi.js";

describe("ner: token flags", () => {
  it.each([
    ["Putin", FLAG_CAP],
    ["NATO", FLAG_CAP | FLAG_ALLCAPS],
    ["said", FLAG_LOWER],
    ["2021", FLAG_DIGIT],
    ["—", FLAG_DASH],
    ["-", FLAG_DASH],
    ["’", FLAG_OUTSIDE],
    [".", FLAG_OUTSIDE],
    ["Ökonom", FLAG_CAP],
    ["élan", FLAG_LOWER],
    ["", 0],
  ])("ner: flags of %j", (word, flags) => {
    expect(flagsOf(word, false)).toBe(flags);
  });
});

describe("ner: ensemble", () => {
  it("ner: averages weights over runs, a missing weight counting as zero", () => {
    const transitions = (v: number): Float64Array => new Float64Array(TRANSITION_SIZE).fill(v);
    const avg = averageModels(
      [
        { rows: [{ key: 7, tags: [1, 2], values: [2, -4] }], transitions: transitions(1) },
        {
          rows: [
            { key: 7, tags: [1], values: [4] },
            { key: 9, tags: [0], values: [0.1] },
          ],
          transitions: transitions(3),
        },
      ],
      0.06,
    );
    expect(avg.rows).toEqual([{ key: 7, tags: [1, 2], values: [3, -2] }]);
    expect(avg.transitions[0]).toBe(2);
  });
});

describe("ner: compact model", () => {
  it("ner: finds every stored feature and ignores unknown ones", () => {
    const rows = Array.from({ length: 500 }, (_, k) => ({ key: (k + 1) * 7919, tags: [k % TAG_COUNT, (k + 3) % TAG_COUNT], values: [1, -1] }));
    const model = new CompactModel(encodeModel(rows, new Float64Array(TRANSITION_SIZE)));
    const out = new Float64Array(TAG_COUNT);
    model.addScores(Int32Array.from([7919 * 3, 123456789, -5]), 3, out, 0);
    expect(out[2]).toBeCloseTo(1, 3);
    expect(out[5]).toBeCloseTo(-1, 3);
    expect(out.reduce((a, b) => a + Math.abs(b), 0)).toBeCloseTo(2, 3);
  });
});
