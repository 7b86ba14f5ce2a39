// The pipeline is a short loop over named stages: check that every stage's
// requirements are assigned by an earlier one, then run them in order.
import type { ArticleDoc, Layer } from "../model/doc.js";
import { NewsgraphError } from "./errors.js";
import type { Stage } from "./stage.js";

export interface PipelineOptions {
  /** Names of stages to skip. */
  readonly disable?: readonly string[];
}

export function checkPipeline(stages: readonly Stage[]): void {
  const assigned = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !assigned.has(layer));
    if (missing.length > 0) {
      throw new NewsgraphError("E_PIPELINE", `stage "${stage.name}" requires ${missing.join(", ")}, which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) assigned.add(layer);
  }
}

export function runPipeline(doc: ArticleDoc, stages: readonly Stage[], options: PipelineOptions = {}): ArticleDoc {
  const disabled = new Set(options.disable ?? []);
  const active = stages.filter((stage) => !disabled.has(stage.name));
  checkPipeline(active);
  let current = doc;
  for (const stage of active) {
    current = stage.run(current);
    for (const layer of stage.assigns) {
      if (current[layer] === undefined) {
        throw new NewsgraphError("E_PIPELINE", `stage "${stage.name}" did not assign its layer "${layer}"`);
      }
    }
  }
  return current;
}
