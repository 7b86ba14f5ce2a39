import { describe, expect, it } from "vitest";
import { deserialiseModel, serialiseModel } from "../../../../../src/stages/statements/tagger/model-file.js";
import { modelBytes } from "../../../../../src/models/model-files.js";
import { headsOf } from "../../../../../src/stages/statements/tagger/model.js";
import { parseNeuralModel } from "../../../../../src/stages/statements/tagger/neural-model.js";
import { emptyWeights } from "../../../../../src/stages/statements/tagger/perceptron.js";

describe("tagger/model", () => {
  it("model: survives a round trip with weights quantised to int8", () => {
    const pass1 = emptyWeights(3, 2);
    pass1.emit[5] = 2.5;
    pass1.emit[9] = -1;
    pass1.trans[3] = 0.75;
    const model = { cueRates: new Map([["said", 5]]), pass1, pass2: emptyWeights(3, 4), filter: null, bounds: null };
    const back = deserialiseModel(serialiseModel(model));
    expect(back.cueRates.get("said")).toBe(5);
    expect(back.pass1.stride).toBe(2);
    expect((back.pass1.emit[5] ?? 0) * back.pass1.scale).toBeCloseTo(2.5, 1);
    expect((back.pass1.emit[9] ?? 0) * back.pass1.scale).toBeCloseTo(-1, 1);
    expect(back.pass1.trans[3]).toBeCloseTo(0.75);
    expect(back.pass2.stride).toBe(4);
  });

  it("model: the same model gives the same bytes", () => {
    const model = { cueRates: new Map([["said", 5]]), pass1: emptyWeights(3, 2), pass2: emptyWeights(3, 2), filter: null, bounds: null };
    expect(serialiseModel(model).equals(serialiseModel(model))).toBe(true);
  });

  it("model: the statement filter and the bounds ranker survive a round trip", () => {
    const filter = { bits: 3, threshold: 0.3, weights: Float32Array.from([0, 1, -2, 0, 0, 0, 0, 0.5]) };
    const bounds = { bits: 2, weights: Float32Array.from([1, 0, -1, 0]) };
    const back = deserialiseModel(serialiseModel({ cueRates: new Map(), pass1: emptyWeights(3, 2), pass2: emptyWeights(3, 2), filter, bounds }));
    expect(back.filter?.threshold).toBe(0.3);
    expect(back.filter?.weights[2]).toBeCloseTo(-2, 1);
    expect(back.filter?.weights[7]).toBeCloseTo(0.5, 1);
    expect(back.bounds?.weights[0]).toBeCloseTo(1, 1);
    expect(back.bounds?.weights[2]).toBeCloseTo(-1, 1);
  });

  it("model: the neural tagger's own filter and ranker survive a round trip, and serve only while it tags", () => {
    const filter = { bits: 3, threshold: 0.3, weights: Float32Array.from([0, 1, -2, 0, 0, 0, 0, 0.5]) };
    const bounds = { bits: 2, weights: Float32Array.from([1, 0, -1, 0]) };
    const neuralHeads = {
      filter: { bits: 2, threshold: 0.6, weights: Float32Array.from([0, 0, 3, 0]) },
      bounds: { bits: 2, weights: Float32Array.from([0, 2, 0, 0]) },
    };
    const back = deserialiseModel(serialiseModel({ cueRates: new Map(), pass1: emptyWeights(3, 2), pass2: emptyWeights(3, 2), filter, bounds, neuralHeads }));
    expect(back.filter?.threshold).toBe(0.3);
    expect(back.bounds?.weights[0]).toBeCloseTo(1, 1);
    expect(back.neuralHeads?.filter?.threshold).toBe(0.6);
    expect(back.neuralHeads?.filter?.weights[2]).toBeCloseTo(3, 1);
    expect(back.neuralHeads?.bounds?.weights[1]).toBeCloseTo(2, 1);
    // without a neural tagger, the perceptron's; with one, its own
    expect(headsOf(back).filter?.threshold).toBe(0.3);
    const neural = modelBytes("tagger");
    if (!neural) throw new Error("data/models/tagger.bin.gz is missing");
    expect(headsOf({ ...back, neural: parseNeuralModel(neural) }).filter?.threshold).toBe(0.6);
  });
});
