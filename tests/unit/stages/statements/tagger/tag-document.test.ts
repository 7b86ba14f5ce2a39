import { describe, expect, it } from "vitest";
import { tokenContext } from "../../../../../src/stages/statements/tagger/context.js";
import { cueNeighbours } from "../../../../../src/stages/statements/tagger/features.js";
import { decode, emptyWeights } from "../../../../../src/stages/statements/tagger/perceptron.js";
import { featureRows, strideOf } from "../../../../../src/stages/statements/tagger/rows.js";
import { tagPass } from "../../../../../src/stages/statements/tagger/tag-document.js";
import { makeDoc } from "../../../../helpers/make-doc.js";

/** Weights with small pseudo-random integers (as the quantised model has). */
function randomWeights(bits: number, stride: number, seed: number) {
  const w = emptyWeights(bits, stride);
  let s = seed;
  for (let i = 0; i < w.emit.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    w.emit[i] = (s % 9) - 4;
  }
  return w;
}

describe("tagger/tag-document", () => {
  it("tag-document: cached word and group scores tag exactly as the full feature rows do", () => {
    const doc = makeDoc(
      "“We will not back down,” Putin said on Wednesday. The Kremlin, according to Reuters, denied that it had said so.\n\nBiden warned that sanctions would follow.",
      "entities",
    );
    const c = tokenContext(
      doc,
      new Map([
        ["said", 5],
        ["warned", 5],
      ]),
      [{ start: 0, end: 25 }],
    );
    const near = cueNeighbours(c);
    const w1 = randomWeights(10, strideOf(c, near, false), 1);
    const first = tagPass(c, w1, null);
    const w2 = randomWeights(10, strideOf(c, near, true), 2);
    const second = tagPass(c, w2, first);
    for (const seq of c.sequences) {
      const len = seq.to - seq.from;
      expect([...decode(w1, featureRows(c, near, seq, null, 10, w1.stride), len)]).toEqual([...first.slice(seq.from, seq.to)]);
    }
    expect(second.length).toBe(c.n);
  });
});
