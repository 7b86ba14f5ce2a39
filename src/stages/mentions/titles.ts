// Recognises titles ("Prime Minister", "Sen.", "Mr.") at a token position,
// longest first, so "Greek Prime Minister Kyriakos Mitsotakis" splits into a
// role and a name.
import { DESCRIPTION_NOUNS, HONORIFICS, TITLES } from "../../lexicon/words.js";
import type { TokenView } from "../token-view.js";

export interface TitleMatch {
  /** Index of the token after the title. */
  readonly next: number;
  /** The title as written ("Prime Minister"). */
  readonly title: string;
  readonly honorific: boolean;
}

const MAX_TITLE_TOKENS = 4;

/** First words of each table's entries, to reject most tokens without building strings. */
const firstWords = new WeakMap<ReadonlySet<string>, Set<string>>();
function firstWordsOf(table: ReadonlySet<string>): Set<string> {
  let words = firstWords.get(table);
  if (!words) {
    words = new Set([...table].map((t) => t.split(/[\s-]/)[0] ?? t));
    firstWords.set(table, words);
  }
  return words;
}

function matchFrom(view: TokenView, i: number, table: ReadonlySet<string>, caseSensitiveStart: boolean): TitleMatch | null {
  if (!firstWordsOf(table).has(view.lower(i))) return null;
  for (let n = MAX_TITLE_TOKENS; n >= 1; n--) {
    const first = view.tokens[i];
    const last = view.tokens[i + n - 1];
    if (!first || !last) continue;
    const surface = view.text.slice(first.start, last.end);
    if (/\s{2,}|\n/.test(surface)) continue;
    if (caseSensitiveStart && !/^\p{Lu}/u.test(surface)) continue;
    const key = surface.toLowerCase().replace(/\s+/g, " ");
    if (table.has(key)) return { next: i + n, title: surface, honorific: HONORIFICS.has(key) };
  }
  return null;
}

/** A capitalised title at token i ("President", "Prime Minister", "Sen."). */
export function titleAt(view: TokenView, i: number): TitleMatch | null {
  return matchFrom(view, i, TITLES, true);
}

/** A title noun used in a description ("president", "counterpart"), any case. */
export function descriptionNounAt(view: TokenView, i: number): TitleMatch | null {
  return matchFrom(view, i, DESCRIPTION_NOUNS, false);
}
