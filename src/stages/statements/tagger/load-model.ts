// The shipped attribution model, parsed once on first use.
import { modelBytes } from "../../../models/model-files.js";
import { type AttributionModel, parseModel } from "./model.js";
import { parseNeuralModel } from "./neural-model.js";

let cached: AttributionModel | null | undefined;

/** The attribution model (with the neural tagger when its file ships), or null when no model file ships with the package. */
export function attributionModel(): AttributionModel | null {
  if (cached === undefined) {
    const bytes = modelBytes("attribution");
    const neural = bytes ? modelBytes("tagger") : null;
    cached = bytes ? { ...parseModel(bytes), neural: neural ? parseNeuralModel(neural) : null } : null;
  }
  return cached;
}

/** Replaces the model the statements stage uses (null: none); for training experiments and tests. */
export function useAttributionModel(model: AttributionModel | null): void {
  cached = model;
}
