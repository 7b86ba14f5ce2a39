import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../../src/model/doc.js";
import { isNewsgraphError } from "../../../src/pipeline/errors.js";
import { checkPipeline, runPipeline } from "../../../src/pipeline/run-pipeline.js";
import type { Stage } from "../../../src/pipeline/stage.js";
import { readPlainText } from "../../../src/stages/read/plain-text.js";

const doc = (): ArticleDoc => readPlainText("Some text.", { id: "t" });
const stage = (
  name: string,
  requires: Stage["requires"],
  assigns: Stage["assigns"],
  run: Stage["run"] = (d) => ({ ...d, sentences: [], tokens: [] }),
): Stage => ({ name, requires, assigns, run });

describe("pipeline: running stages", () => {
  it("runs stages in order", () => {
    const seen: string[] = [];
    const a = stage("a", [], ["sentences"], (d) => {
      seen.push("a");
      return { ...d, sentences: [] };
    });
    const b = stage("b", ["sentences"], ["tokens"], (d) => {
      seen.push("b");
      return { ...d, tokens: [] };
    });
    runPipeline(doc(), [a, b]);
    expect(seen).toEqual(["a", "b"]);
  });

  it("refuses a stage whose requirement no earlier stage assigns", () => {
    const b = stage("b", ["mentions"], ["entities"]);
    expect(() => checkPipeline([b])).toThrow(/stage "b" requires mentions/);
  });

  it("fails loudly when a stage does not assign its layer", () => {
    const bad = stage("bad", [], ["mentions"], (d) => d);
    try {
      runPipeline(doc(), [bad]);
      expect.unreachable();
    } catch (error) {
      expect(isNewsgraphError(error) && error.code).toBe("E_PIPELINE");
    }
  });

  it("skips disabled stages, and checks requirements without them", () => {
    const a = stage("a", [], ["sentences"], (d) => ({ ...d, sentences: [] }));
    const b = stage("b", ["sentences"], ["tokens"], (d) => ({ ...d, tokens: [] }));
    expect(runPipeline(doc(), [a, b], { disable: ["b"] }).tokens).toBeUndefined();
    expect(() => runPipeline(doc(), [a, b], { disable: ["a"] })).toThrow(/requires sentences/);
  });

  it("leaves the input document unchanged", () => {
    const input = doc();
    runPipeline(input, [stage("a", [], ["sentences"], (d) => ({ ...d, sentences: [] }))]);
    expect(input.sentences).toBeUndefined();
  });
});
