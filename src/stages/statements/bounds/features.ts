// Features of one alternative bound of a reported content: how it was made,
// the words at and after its end, what it drops or adds compared with the
// tagger's span, and the cue that introduces it. Hashed strings.
import type { Span } from "../../../model/span.js";
import { cueVerb } from "../../../lexicon/cues.js";
import type { TokenView } from "../../token-view.js";
import { hashString } from "../tagger/hash.js";
import { type Alternative, isBoundary } from "./alternatives.js";

const bucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 15 ? 6 : n <= 30 ? 7 : 8);
const VERBISH = new Set(["VERB", "AUX"]);

function verbsIn(view: TokenView, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (VERBISH.has(view.tokens[k]?.pos ?? "")) n++;
  return Math.min(n, 2);
}

function boundariesIn(view: TokenView, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (isBoundary(view, k)) n++;
  return Math.min(n, 3);
}

/** The feature strings of alternative `alt` of a content whose tagger span is `orig`. */
/** Mean of the tagger's content scores over tokens a..b, bucketed (or "none"). */
function scoreBucket(scores: Float32Array | null, a: number, b: number): string {
  if (!scores || b < a) return "none";
  let sum = 0;
  for (let k = a; k <= b; k++) sum += scores[k] ?? 0;
  const m = sum / (b - a + 1);
  return String(Math.max(-5, Math.min(5, Math.floor(m / 2))));
}

export function boundFeatureNames(view: TokenView, alt: Alternative, orig: Alternative, cue: Span | null, scores: Float32Array | null): string[] {
  const how = alt.how;
  const next = alt.last + 1;
  const nextWord = view.word(next).toLowerCase();
  const nextPos = view.tokens[next]?.pos ?? "END";
  const after = view.word(next + 1).toLowerCase();
  const afterPos = view.tokens[next + 1]?.pos ?? "END";
  const endPos = view.tokens[alt.last]?.pos ?? "?";
  const sEnd = view.sentenceEnd(alt.last);
  const atEnd = next >= sEnd || (next === sEnd - 1 && view.tokens[next]?.pos === "PUNCT");
  const len = bucket(alt.last - alt.first + 1);
  const delta = alt.last - orig.last;
  const changed = delta < 0 ? `drop${bucket(-delta)}` : delta > 0 ? `add${bucket(delta)}` : "same";
  const firstWord = view.word(alt.first).toLowerCase();
  const cueWord = cue ? view.word(view.indexBefore(cue.end)).toLowerCase() : "";
  const lemma = cueVerb(cueWord)?.lemma ?? (cue ? "other" : "none");
  const f = [
    `how=${how}`,
    `end=${atEnd ? "S" : `${nextWord}`}`,
    `endpos=${atEnd ? "S" : nextPos}`,
    `end2=${atEnd ? "S" : `${nextWord}/${afterPos}`}`,
    `end3=${atEnd ? "S" : `${nextPos}/${after}`}`,
    `lastpos=${endPos}`,
    `len=${len}`,
    `changed=${changed}`,
    `how*end=${how}/${atEnd ? "S" : nextWord}`,
    `how*len=${how}/${len}`,
    `first=${firstWord}`,
    `first*end=${firstWord}/${atEnd ? "S" : nextWord}`,
    `lemma*how=${lemma}/${how}`,
    `lemma*end=${lemma}/${atEnd ? "S" : nextWord}`,
    `verbs=${verbsIn(view, alt.first, alt.last)}`,
    `bounds=${boundariesIn(view, alt.first + 1, alt.last)}`,
  ];
  if (delta < 0) {
    const s = scoreBucket(scores, alt.last + 1, orig.last);
    f.push(`dropverbs=${verbsIn(view, alt.last + 1, orig.last)}`, `dropbounds=${boundariesIn(view, alt.last + 1, orig.last)}`, `dropscore=${s}`);
    f.push(`dropscore*end=${s}/${atEnd ? "S" : nextWord}`, `dropscore*n=${s}/${bucket(-delta)}`);
  }
  if (delta > 0) {
    const s = scoreBucket(scores, orig.last + 1, alt.last);
    f.push(`addverbs=${verbsIn(view, orig.last + 1, alt.last)}`, `addbounds=${boundariesIn(view, orig.last + 1, alt.last)}`, `addscore=${s}`);
    f.push(`addscore*end=${s}/${atEnd ? "S" : nextWord}`, `addscore*n=${s}/${bucket(delta)}`);
  }
  f.push(`nextscore=${scoreBucket(scores, next, next)}`, `lastscore=${scoreBucket(scores, alt.last, alt.last)}`);
  if (alt.first !== orig.first) f.push(`start=${view.word(alt.first).toLowerCase()}`);
  return f;
}

export function boundFeatures(view: TokenView, alt: Alternative, orig: Alternative, cue: Span | null, scores: Float32Array | null): Uint32Array {
  return Uint32Array.from(boundFeatureNames(view, alt, orig, cue, scores), hashString);
}
