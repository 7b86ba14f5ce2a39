// Assembles linked spans into statements: contents on both sides of a cue
// join ("“…,” he said, “…”") when that covers more than it adds; the cue's
// own source, else a source nearby in the sentence, becomes the speaker, resolved to an entity.
import type { Span } from "../../../model/span.js";
import type { Speaker } from "../../../model/statement.js";
import type { TokenView } from "../../token-view.js";
import type { Draft } from "../drafts.js";
import type { MentionIndex } from "../speaker.js";
import { type CueLinks, gapBetween, linkParagraph, nearest } from "./link.js";
import type { TaggedSpan } from "./tagged-spans.js";

/** Contents of one cue this close (in tokens) on the same side form one content. */
const JOIN_GAP = 2;

/** The speaker a source span names: its last resolved mention, else the phrase itself (an unnamed source). */
export function speakerOf(view: TokenView, mentions: MentionIndex, source: TaggedSpan): Speaker {
  for (let k = source.last; k >= source.first; k--) {
    const m = mentions.at(view.tokens[k]?.start ?? -1);
    if (m?.entity) return { start: source.start, end: Math.max(source.end, m.end), entity: m.entity };
  }
  return { start: source.start, end: source.end, entity: null };
}

const size = (s: TaggedSpan): number => s.last - s.first + 1;

function join(a: TaggedSpan, b: TaggedSpan): TaggedSpan {
  return { role: a.role, first: Math.min(a.first, b.first), last: Math.max(a.last, b.last), start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Neighbouring contents (gap ≤ JOIN_GAP) merged, in text order. */
function clusters(contents: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const c of [...contents].sort((a, b) => a.first - b.first)) {
    const last = out[out.length - 1];
    if (last && gapBetween(last, c) <= JOIN_GAP) out[out.length - 1] = join(last, c);
    else out.push(c);
  }
  return out;
}

/**
 * The contents a cue introduces. The nearest cluster on each side join into one
 * ("“…,” he said, “…”") when only the source and punctuation separate them from
 * the cue, and the joined span keeps most of it content.
 */
export function contentsOfCue(cue: TaggedSpan, contents: readonly TaggedSpan[], glue: (token: number) => boolean): Span[] {
  const groups = clusters(contents);
  const before = groups.filter((g) => g.last < cue.first).pop();
  const after = groups.find((g) => g.first > cue.last);
  const bridged = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (k < cue.first || k > cue.last) if (!glue(k)) return false;
    return true;
  };
  if (before && after && bridged(before.last + 1, after.first)) {
    const a = size(before);
    const b = size(after);
    const middle = after.first - before.last - 1;
    // Jaccard-wise, the joined span beats the larger half when (a+b)/(a+b+middle) ≥ max/(a+b)
    if ((a + b) * (a + b) >= Math.max(a, b) * (a + b + middle)) return [...groups.filter((g) => g !== before && g !== after), join(before, after)];
  }
  return groups;
}

function speakerFor(view: TokenView, mentions: MentionIndex, link: CueLinks, sentenceSources: readonly TaggedSpan[]): Speaker | null {
  const own = nearest(view, link.cue, link.sources);
  if (own) return speakerOf(view, mentions, own);
  const borrowed = nearest(view, link.cue, sentenceSources);
  return borrowed ? speakerOf(view, mentions, borrowed) : null;
}

export function assembleStatements(view: TokenView, mentions: MentionIndex, spans: readonly TaggedSpan[], sentenceParagraph: readonly number[]): Draft[] {
  const byParagraph = new Map<number, TaggedSpan[]>();
  for (const s of spans) {
    const p = sentenceParagraph[view.tokens[s.first]?.sentence ?? 0] ?? -1;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), s]);
  }
  const drafts: Draft[] = [];
  for (const group of byParagraph.values()) {
    const sources = group.filter((s) => s.role === "source");
    for (const link of linkParagraph(view, group)) {
      if (link.contents.length === 0) continue;
      const speaker = speakerFor(view, mentions, link, sources);
      const via = link.via ? speakerOf(view, mentions, link.via).entity : null;
      const inSource = (k: number): boolean => link.sources.some((x) => x.first <= k && k <= x.last);
      const glue = (k: number): boolean => inSource(k) || view.tokens[k]?.pos === "PUNCT";
      for (const content of contentsOfCue(link.cue, link.contents, glue)) {
        drafts.push({ content: { start: content.start, end: content.end }, cue: { start: link.cue.start, end: link.cue.end }, speaker, addressee: null, via, rule: "tagger" });
      }
    }
  }
  return drafts;
}
