// Assembles tagged spans into statements: each content joins the nearest cue
// (same sentence first), contents of one cue merge ("“…,” he said, “…”"), and
// the cue's nearest source becomes the speaker, resolved to an entity.
import type { Speaker } from "../../../model/statement.js";
import type { TokenView } from "../../token-view.js";
import type { Draft } from "../drafts.js";
import type { MentionIndex } from "../speaker.js";
import type { TaggedSpan } from "./tagged-spans.js";

/** Penalty (in tokens) for linking spans across a sentence boundary. */
const OTHER_SENTENCE = 40;

const gap = (a: TaggedSpan, b: TaggedSpan): number => (a.last < b.first ? b.first - a.last : b.last < a.first ? a.first - b.last : 0);

function distance(view: TokenView, a: TaggedSpan, b: TaggedSpan): number {
  const sentenceOf = (i: number): number => view.tokens[i]?.sentence ?? -1;
  const shared = [sentenceOf(a.first), sentenceOf(a.last)].some((s) => s === sentenceOf(b.first) || s === sentenceOf(b.last));
  return gap(a, b) + (shared ? 0 : OTHER_SENTENCE);
}

function nearest(view: TokenView, to: TaggedSpan, among: readonly TaggedSpan[], reach: number): TaggedSpan | undefined {
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

/** The speaker a source span names: its last resolved mention, else the phrase itself (an unnamed source). */
export function speakerOf(view: TokenView, mentions: MentionIndex, source: TaggedSpan): Speaker {
  for (let k = source.last; k >= source.first; k--) {
    const m = mentions.at(view.tokens[k]?.start ?? -1);
    if (m?.entity) return { start: source.start, end: Math.max(source.end, m.end), entity: m.entity };
  }
  return { start: source.start, end: source.end, entity: null };
}

const paragraphOf = (view: TokenView, sentenceParagraph: readonly number[], s: TaggedSpan): number =>
  sentenceParagraph[view.tokens[s.first]?.sentence ?? 0] ?? -1;

export function assembleStatements(view: TokenView, mentions: MentionIndex, spans: readonly TaggedSpan[], sentenceParagraph: readonly number[]): Draft[] {
  const byParagraph = new Map<number, TaggedSpan[]>();
  for (const s of spans) {
    const p = paragraphOf(view, sentenceParagraph, s);
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), s]);
  }
  const drafts: Draft[] = [];
  for (const group of byParagraph.values()) {
    const cues = group.filter((s) => s.role === "cue");
    const sources = group.filter((s) => s.role === "source");
    const contentsOf = new Map<TaggedSpan, TaggedSpan[]>();
    for (const c of group.filter((s) => s.role === "content")) {
      const cue = nearest(view, c, cues, Infinity);
      if (cue) contentsOf.set(cue, [...(contentsOf.get(cue) ?? []), c]);
    }
    for (const [cue, contents] of contentsOf) {
      const source = nearest(view, cue, sources, Infinity);
      const start = Math.min(...contents.map((c) => c.start));
      const end = Math.max(...contents.map((c) => c.end));
      drafts.push({
        content: { start, end },
        cue: { start: cue.start, end: cue.end },
        speaker: source ? speakerOf(view, mentions, source) : null,
        addressee: null,
        via: null,
        rule: "tagger",
      });
    }
  }
  return drafts;
}
