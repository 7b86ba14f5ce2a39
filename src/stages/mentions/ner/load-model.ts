// The shipped tagger model (data/models/ner.bin), read once on first use.
import { modelBytes } from "../../../models/model-files.js";
import { CompactModel } from "./model.js";

let model: CompactModel | undefined;

export function nerModel(): CompactModel {
  if (!model) {
    const bytes = modelBytes("ner");
    if (!bytes) throw new Error("cannot find data/models/ner.bin; run npm run train:ner");
    model = new CompactModel(bytes);
  }
  return model;
}
