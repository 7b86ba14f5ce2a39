// Builds the tagger's input from a segmented document: token texts, part of
// speech, sentence starts, and whether each line is prose, Title Case or
// ALL CAPS (headlines and sports tables are written that way).
import type { ArticleDoc } from "../../../model/doc.js";
import { tokenWords } from "../../token-view.js";
import { FLAG_ALLCAPS, FLAG_CAP, FLAG_LOWER, flagsOf, type TaggerInput } from "./codes.js";

/** 0 prose, 1 Title Case, 2 ALL CAPS, judged from a line's words. */
export function lineModeOf(words: readonly string[]): number {
  let letters = 0;
  let upper = 0;
  let long = 0;
  let capital = 0;
  for (const w of words) {
    const flags = flagsOf(w, false);
    const cased = flags & (FLAG_CAP | FLAG_LOWER);
    if (w.length >= 2 && (cased || flags & FLAG_ALLCAPS)) {
      letters++;
      if (flags & FLAG_ALLCAPS) upper++;
    }
    if (w.length >= 4 && cased) {
      long++;
      if (flags & FLAG_CAP) capital++;
    }
  }
  if (letters >= 2 && upper / letters >= 0.8) return 2;
  // Title Case capitalises every longer word; prose with many names does not.
  if (long >= 3 && capital / long >= 0.9) return 1;
  return 0;
}

export function taggerInput(doc: ArticleDoc): TaggerInput {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const words = tokenWords(doc);
  const sentenceStarts: number[] = [];
  tokens.forEach((t, i) => {
    if (i === 0 || tokens[i - 1]?.sentence !== t.sentence) sentenceStarts.push(i);
  });
  const lineMode = new Uint8Array(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    const paragraph = sentences[tokens[i]?.sentence ?? -1]?.paragraph;
    let j = i + 1;
    while (j < tokens.length && sentences[tokens[j]?.sentence ?? -1]?.paragraph === paragraph) j++;
    lineMode.fill(lineModeOf(words.slice(i, j)), i, j);
    i = j;
  }
  return { words, pos: tokens.map((t) => t.pos), sentenceStarts, lineMode };
}
