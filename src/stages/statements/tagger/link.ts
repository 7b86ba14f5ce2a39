// Links tagged spans within a paragraph: every content to its nearest cue
// (same sentence first), every source to its nearest cue. "According to X"
// yields its content to a speech cue of the same sentence that has none, and
// X becomes the reporter ("via").
import type { TokenView } from "../../token-view.js";
import type { TaggedSpan } from "./tagged-spans.js";

/** Penalty (in tokens) for linking spans across a sentence boundary. */
const OTHER_SENTENCE = 40;

export const gapBetween = (a: TaggedSpan, b: TaggedSpan): number => (a.last < b.first ? b.first - a.last : b.last < a.first ? a.first - b.last : 0);

export function distance(view: TokenView, a: TaggedSpan, b: TaggedSpan): number {
  const sentenceOf = (i: number): number => view.tokens[i]?.sentence ?? -1;
  const shared = [sentenceOf(a.first), sentenceOf(a.last)].some((s) => s === sentenceOf(b.first) || s === sentenceOf(b.last));
  return gapBetween(a, b) + (shared ? 0 : OTHER_SENTENCE);
}

export function nearest(view: TokenView, to: TaggedSpan, among: readonly TaggedSpan[], reach = Infinity): TaggedSpan | undefined {
  let best: TaggedSpan | undefined;
  let bestD = reach;
  for (const x of among) {
    const d = distance(view, to, x);
    if (d < bestD) {
      best = x;
      bestD = d;
    }
  }
  return best;
}

export interface CueLinks {
  readonly cue: TaggedSpan;
  readonly contents: TaggedSpan[];
  /** Sources whose nearest cue this is. */
  readonly sources: TaggedSpan[];
  /** The source of an "according to" that handed its content over. */
  via: TaggedSpan | null;
}

const isAccording = (view: TokenView, cue: TaggedSpan): boolean => view.word(cue.first).toLowerCase() === "according";

/** The comma that closes an "according to …" phrase opening a sentence, or -1. */
function phraseEnd(view: TokenView, from: number): number {
  const sentence = view.tokens[from]?.sentence;
  for (let k = from + 1; view.tokens[k]?.sentence === sentence; k++) if (view.word(k) === ",") return k;
  return -1;
}

export function linkParagraph(view: TokenView, group: readonly TaggedSpan[]): CueLinks[] {
  const cues = group.filter((s) => s.role === "cue");
  const links = new Map<TaggedSpan, CueLinks>(cues.map((c) => [c, { cue: c, contents: [], sources: [], via: null }]));
  for (const s of group) {
    if (s.role === "cue") continue;
    const cue = nearest(view, s, cues);
    if (cue) links.get(cue)?.[s.role === "content" ? "contents" : "sources"].push(s);
  }
  for (const link of links.values()) {
    if (!isAccording(view, link.cue) || link.contents.length === 0) continue;
    // "According to a translation of his words in state media, Putin said …": the words before
    // the comma still name the source; the speech cue after it carries the content
    const comma = view.sentenceStart(link.cue.first) === link.cue.first ? phraseEnd(view, link.cue.last) : -1;
    const speechAfter =
      comma < 0 ? undefined : cues.find((c) => c.first > comma && !isAccording(view, c) && view.tokens[c.first]?.sentence === view.tokens[comma]?.sentence);
    if (speechAfter && link.contents.every((c) => c.last < comma)) {
      const target = links.get(speechAfter);
      const phrase = link.contents.splice(0);
      if (target) target.via = link.sources[0] ?? phrase[0] ?? null;
      continue;
    }
    const sentence = view.tokens[link.cue.first]?.sentence;
    const others = cues.filter(
      (c) => c !== link.cue && !isAccording(view, c) && view.tokens[c.first]?.sentence === sentence && links.get(c)?.contents.length === 0,
    );
    const speech = nearest(view, link.cue, others);
    const target = speech ? links.get(speech) : undefined;
    if (!target) continue;
    target.contents.push(...link.contents.splice(0));
    target.via = link.sources[0] ?? null;
  }
  return [...links.values()];
}
