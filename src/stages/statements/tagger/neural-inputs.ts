// What the neural tagger reads of each token: its lower-cased word and eight
// small categorical facts (part of speech, cue-lexicon class, cue-rate bucket,
// quotation state, sentence index in the paragraph, inside a mention, starts a
// sentence, word shape). The training export and the runtime both build them
// here, so the model sees the same inputs in both.
import type { TokenContext } from "./context.js";

/** How many values each categorical input takes, in the order of `inputs.cats`. */
export const CATEGORY_SIZES = [32, 4, 6, 4, 6, 2, 2, 4] as const;
export const CATEGORIES = CATEGORY_SIZES.length;

export interface NeuralInputs {
  readonly n: number;
  /** Lower-cased word of each token. */
  readonly words: readonly string[];
  /** `CATEGORIES` values per token. */
  readonly cats: Uint8Array;
}

const UPPER = /^\p{Lu}/u;
const DIGITS = /^\p{Nd}+$/u;
const WORDLIKE = /^[\p{L}\p{N}]/u;

/** 0 lower-case word, 1 capitalised, 2 a number, 3 punctuation or a symbol. */
export function wordShape(word: string): number {
  if (UPPER.test(word)) return 1;
  if (DIGITS.test(word)) return 2;
  return WORDLIKE.test(word) ? 0 : 3;
}

/** The inputs of every token of a document. */
export function neuralInputs(c: TokenContext): NeuralInputs {
  const words: string[] = new Array<string>(c.n);
  const cats = new Uint8Array(c.n * CATEGORIES);
  for (let i = 0; i < c.n; i++) {
    const w = c.forms[c.form[i] as number] ?? "";
    words[i] = w.toLowerCase();
    const o = i * CATEGORIES;
    cats[o] = Math.min(c.pos[i] as number, 31);
    cats[o + 1] = c.lexClass[i] as number;
    cats[o + 2] = Math.min(c.cueRate[i] as number, 5);
    cats[o + 3] = c.quote[i] as number;
    cats[o + 4] = Math.min(c.sentenceInParagraph[i] as number, 5);
    cats[o + 5] = c.mention[i] ? 1 : 0;
    cats[o + 6] = c.sentenceStart[i] === i ? 1 : 0;
    cats[o + 7] = wordShape(w);
  }
  return { n: c.n, words, cats };
}
