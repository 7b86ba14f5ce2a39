// Other bounds a reported content could have: the tagger's own span, cut at a
// clause boundary inside it ("…, contradicting …", "… – as was true …",
// "…, which …"), extended to a later boundary or the end of the sentence,
// or started right after its cue.
import type { Span } from "../../../model/span.js";
import type { TokenView } from "../../token-view.js";

/** Words that can open a new clause or phrase after the content proper. */
export const BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  "which",
  "who",
  "whom",
  "whose",
  "where",
  "but",
  "while",
  "when",
  "as",
  "because",
  "although",
  "though",
  "after",
  "before",
  "since",
  "and",
  "or",
  "including",
  "according",
  "despite",
  "until",
  "if",
  "unless",
  "so",
  "than",
]);
const BOUNDARY_MARKS = new Set([",", ";", ":", "—", "–", "-", "―", "--", "(", ")"]);

export interface Alternative {
  readonly first: number;
  readonly last: number;
  /** How it was made: "orig", "cut", "extend", "after-cue" (and their combinations). */
  readonly how: string;
}

/** Per document: 0 not yet known, 1 a boundary, 2 not one. */
const BOUNDARIES = new WeakMap<TokenView, Uint8Array>();

/** Whether token k can start what follows a content (a clause boundary before it); each token is looked at once. */
export function isBoundary(view: TokenView, k: number): boolean {
  let marks = BOUNDARIES.get(view);
  if (!marks) {
    marks = new Uint8Array(view.tokens.length);
    BOUNDARIES.set(view, marks);
  }
  if (k < 0 || k >= marks.length) return false;
  if (marks[k] === 0) marks[k] = boundaryAt(view, k) ? 1 : 2;
  return marks[k] === 1;
}

function boundaryAt(view: TokenView, k: number): boolean {
  const w = view.word(k);
  if (BOUNDARY_MARKS.has(w)) return true;
  const lower = w.toLowerCase();
  if (BOUNDARY_WORDS.has(lower)) return true;
  // "…, referencing …": a participle right after a comma
  return /ing$/.test(lower) && view.tokens[k]?.pos === "VERB" && view.word(k - 1) === ",";
}

/** The last token before k that is not punctuation (or k - 1). */
function trimBack(view: TokenView, from: number, k: number): number {
  let j = k - 1;
  while (j > from && view.tokens[j]?.pos === "PUNCT" && !/[”"’']/.test(view.word(j))) j--;
  return j;
}

/** Alternatives of a content span (token indices) introduced by a cue (or null). */
export function contentAlternatives(view: TokenView, content: Span, cue: Span | null): Alternative[] {
  const first = view.indexAt(content.start);
  const last = view.indexBefore(content.end);
  if (last < first) return [];
  const out: Alternative[] = [{ first, last, how: "orig" }];
  const seen = new Set<string>([`${first}:${last}`]);
  const add = (a: number, b: number, how: string): void => {
    const key = `${a}:${b}`;
    if (b < a || seen.has(key)) return;
    seen.add(key);
    out.push({ first: a, last: b, how });
  };
  const starts: [number, string][] = [[first, ""]];
  if (cue) {
    const cueLast = view.indexBefore(cue.end);
    const cueFirst = view.indexAt(cue.start);
    // content that swallowed its own cue, or left a gap after it
    if (cueLast >= first && cueLast < last) starts.push([cueLast + 1, "after-cue"]);
    else if (cueFirst > last) {
      /* content before the cue: its start stays */
    }
  }
  const sentenceEnd = view.sentenceEnd(last);
  for (const [a, how] of starts) {
    if (a !== first) add(a, last, how);
    for (let k = a + 2; k < sentenceEnd; k++) {
      if (!isBoundary(view, k)) continue;
      const b = trimBack(view, a, k);
      if (b <= a) continue;
      add(a, b, `${how}${b < last ? "cut" : "extend"}`);
    }
    add(a, trimBack(view, a, sentenceEnd), `${how}sentence`);
  }
  return out;
}
