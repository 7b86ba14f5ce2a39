// Loads the shipped attribution model once, on first use: the file is found
// by walking up from this module to the package's data/models folder.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type AttributionModel, deserialiseModel } from "./model.js";

export const MODEL_FILE = "data/models/attribution.bin.gz";

let cached: AttributionModel | null | undefined;

export function findModelFile(from: string = path.dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The attribution model, or null when no model file ships with the package. */
export function attributionModel(): AttributionModel | null {
  if (cached === undefined) {
    const file = findModelFile();
    cached = file ? deserialiseModel(fs.readFileSync(file)) : null;
  }
  return cached;
}

/** Replaces the model the statements stage uses (null: none); for training experiments and tests. */
export function useAttributionModel(model: AttributionModel | null): void {
  cached = model;
}
