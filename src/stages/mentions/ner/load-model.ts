// Loads the shipped tagger model (data/models/ner.bin) once per process, on
// first use. The one file read outside src/io: a stage must stay synchronous,
// and the model is package data, not user input.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CompactModel } from "./model.js";

const MODEL_FILE = path.join("data", "models", "ner.bin");

let model: CompactModel | undefined;

/** The model file: the first data/models/ner.bin found walking up from this module (source or dist). */
export function modelPath(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${MODEL_FILE}; run npm run train:ner`);
    dir = parent;
  }
}

export function nerModel(): CompactModel {
  model ??= new CompactModel(fs.readFileSync(modelPath()));
  return model;
}
