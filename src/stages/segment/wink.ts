// The one place wink-nlp is loaded: its English model is read once, lazily,
// and shared by every article in the process.
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}
