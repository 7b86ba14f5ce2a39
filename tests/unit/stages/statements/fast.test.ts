import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse, extract } from "../../../../src/extract.js";
import { DEFAULT_STAGES, FAST_STAGES } from "../../../../src/pipeline/default-stages.js";
import { attributionModel, useAttributionModel } from "../../../../src/stages/statements/tagger/load-model.js";

const FIRST = path.resolve(import.meta.dirname, "../../../../data/articles/2021-12-08-putin-nato-ukraine.txt");

describe("statements: the fast tagger", () => {
  it("fast: the same stages but the statements stage", () => {
    expect(FAST_STAGES.map((s) => s.name)).toEqual(DEFAULT_STAGES.map((s) => s.name));
    expect(FAST_STAGES.filter((s, k) => s !== DEFAULT_STAGES[k]).map((s) => s.name)).toEqual(["statements"]);
  });

  it("fast: extracts what the shipped model gives without its neural tagger, and the default uses the neural tagger", () => {
    const text = fs.readFileSync(FIRST, "utf8");
    const shipped = attributionModel();
    expect(shipped?.neural).toBeTruthy();
    const fast = extract(text, { id: "a", fast: true }).statements;
    const neural = extract(text, { id: "a" }).statements;
    try {
      useAttributionModel(shipped ? { ...shipped, neural: null } : null);
      expect(analyse(text, { id: "a" }).statements).toEqual(analyse(text, { id: "a", fast: true }).statements);
    } finally {
      useAttributionModel(shipped);
    }
    expect(fast.length).toBeGreaterThan(10);
    expect(fast).not.toEqual(neural);
  });
});
