// Assembles linked spans into statements: contents on both sides of a cue
// join ("“…,” he said, “…”") when that covers more than it adds; the cue's
// own source, else a source nearby in the sentence, becomes the speaker, resolved to an entity.
import type { Span } from "../../../model/span.js";
import type { Speaker } from "../../../model/statement.js";
import { cueVerb } from "../../../lexicon/cues.js";
import type { TokenView } from "../../token-view.js";
import type { Draft } from "../drafts.js";
import { type MentionIndex, REFLEXIVES, speakerBefore } from "../speaker.js";
import { type CueLinks, gapBetween, linkParagraph, nearest } from "./link.js";
import type { TaggedSpan } from "./tagged-spans.js";

/** Contents of one cue this close (in tokens) on the same side form one content. */
const JOIN_GAP = 2;

/**
 * The speaker a source span names: its last resolved mention, else the phrase
 * itself (an unnamed source). A source that is only "himself" takes the
 * mention right before it: "Putin himself commented".
 */
export function speakerOf(view: TokenView, mentions: MentionIndex, source: TaggedSpan): Speaker {
  if (source.first === source.last && REFLEXIVES.has(view.word(source.first).toLowerCase())) {
    const m = mentions.at(view.tokens[source.first - 1]?.start ?? -1);
    if (m?.entity) return { start: m.start, end: source.end, entity: m.entity };
  }
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
 * the cue, and the joined span keeps most of it content. Unquoted words after a
 * quotation's cue ("“…,” she said to the crowd") are not content.
 */
export function contentsOfCue(
  cue: TaggedSpan,
  contents: readonly TaggedSpan[],
  glue: (token: number) => boolean,
  quoted: (s: TaggedSpan) => boolean = () => false,
): TaggedSpan[] {
  const groups = clusters(contents);
  const before = groups.filter((g) => g.last < cue.first).pop();
  const after = groups.find((g) => g.first > cue.last);
  // "“…,” Melanie said to the nominee": a quotation's cue adds no unquoted content after it
  if (before && after && quoted(before) && !quoted(after)) return groups.filter((g) => g !== after);
  const bridged = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (k < cue.first || k > cue.last) if (!glue(k)) return false;
    return true;
  };
  if (before && after && (bridged(before.last + 1, after.first) || (quoted(before) && quoted(after)))) {
    const a = size(before);
    const b = size(after);
    const middle = after.first - before.last - 1;
    // Jaccard-wise, the joined span beats the larger half when (a+b)/(a+b+middle) ≥ max/(a+b)
    if ((a + b) * (a + b) >= Math.max(a, b) * (a + b + middle)) return [...groups.filter((g) => g !== before && g !== after), join(before, after)];
  }
  return groups;
}

/** Whether a cue is "according to", which always names its source. */
const isAccordingTo = (view: TokenView, cue: TaggedSpan): boolean => view.word(cue.first).toLowerCase() === "according";

function speakerFor(view: TokenView, mentions: MentionIndex, link: CueLinks, paragraphSources: readonly TaggedSpan[]): Speaker | null {
  const according = isAccordingTo(view, link.cue);
  // a source in a later sentence never speaks the words of this one ("By now it should be obvious that … . A poll released …")
  const cueSentence = view.tokens[link.cue.last]?.sentence ?? 0;
  const notLater = (x: TaggedSpan): boolean => (view.tokens[x.first]?.sentence ?? 0) <= cueSentence;
  const own = nearest(
    view,
    link.cue,
    link.sources.filter((x) => notLater(x) && (according || plausibleSource(view, x, mentions))),
  );
  if (own) return speakerOf(view, mentions, own);
  // "…, on Wednesday Putin gave fresh remarks": a named subject right before the cue beats a source elsewhere in the sentence
  const subject = speakerBefore(view, mentions, link.cue.first, view.sentenceStart(link.cue.first));
  if (subject?.entity) return subject;
  const borrowed = nearest(view, link.cue, paragraphSources.filter(notLater));
  return borrowed ? speakerOf(view, mentions, borrowed) : null;
}

/**
 * The one content a cue keeps: the largest, unless it lies before the cue with
 * other words between ("… to NATO, following Brussels accusing Russia of …")
 * while another content follows the cue directly.
 */
function mainContent(cue: TaggedSpan, contents: readonly TaggedSpan[], glue: (token: number) => boolean): TaggedSpan | undefined {
  const largest = [...contents].sort((a, b) => size(b) - size(a) || a.first - b.first)[0];
  const after = contents.find((c) => c.first > cue.last && c.first - cue.last <= 2);
  if (!largest || !after || largest.last >= cue.first) return largest;
  for (let k = largest.last + 1; k < cue.first; k++) if (!glue(k)) return after;
  return largest;
}

/** "pressing concerns", "growing fears": a participle before its one-word noun modifies it, it cites nothing. */
function modifierCue(view: TokenView, cue: TaggedSpan, content: TaggedSpan): boolean {
  return (
    cue.first === cue.last &&
    content.first === content.last &&
    content.first === cue.last + 1 &&
    /ing$/i.test(view.word(cue.first)) &&
    view.tokens[content.first]?.pos === "NOUN"
  );
}

/**
 * A name or title after a cue with no verb ("his prior day's talks with | President"): the
 * tagger marked an event, not what somebody said.
 */
function nameAfterNominalCue(view: TokenView, cue: TaggedSpan, content: TaggedSpan): boolean {
  if (content.last - content.first > 2 || content.first <= cue.last) return false;
  for (let k = cue.first; k <= cue.last; k++) if (VERBAL.has(view.tokens[k]?.pos ?? "") || cueVerb(view.word(k))) return false;
  for (let k = content.first; k <= content.last; k++) if (!/^\p{Lu}/u.test(view.word(k))) return false;
  return true;
}

const VERBAL = new Set(["VERB", "AUX"]);

/** "was also the first time Putin himself commented on": a named person inside a long cue, right before its speech verb, is the speaker. */
function speakerInCue(view: TokenView, mentions: MentionIndex, cue: TaggedSpan): { speaker: Speaker; cue: Span } | null {
  for (let k = cue.first + 1; k <= cue.last; k++) {
    if (cueVerb(view.word(k))?.kind !== "speech" || view.tokens[k]?.pos !== "VERB") continue;
    for (let j = k - 1; j >= Math.max(cue.first, k - 2); j--) {
      const m = mentions.at(view.tokens[j]?.start ?? -1);
      if (m?.entity && m.kind === "name" && m.type === "Person")
        return { speaker: { start: m.start, end: m.end, entity: m.entity }, cue: { start: view.tokens[k]?.start ?? cue.start, end: cue.end } };
    }
  }
  return null;
}

const OPENING = /^[“"‘«']$/u;
const NOT_SPEAKER_START = new Set(["VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART"]);
const SPEAKER_HEADS = new Set(["NOUN", "PROPN", "PRON", "NUM", "X"]);

/**
 * Whether a tagged source can name a speaker: a noun phrase, not a clause ("brief the allies on what").
 * A source that opens with a name is one whatever its part of speech ("Lynch said").
 */
export function plausibleSource(view: TokenView, source: TaggedSpan, mentions?: MentionIndex): boolean {
  if (mentions?.at(view.tokens[source.first]?.start ?? -1)?.kind === "name") return true;
  if (NOT_SPEAKER_START.has(view.tokens[source.first]?.pos ?? "")) return false;
  for (let k = source.first; k <= source.last; k++) if (SPEAKER_HEADS.has(view.tokens[k]?.pos ?? "")) return true;
  return false;
}

/** The last span of a link, in token order. */
const linkEnd = (link: CueLinks): number => Math.max(link.cue.last, ...link.contents.map((c) => c.last), ...link.sources.map((x) => x.last));
const linkStart = (link: CueLinks): number => Math.min(link.cue.first, ...link.contents.map((c) => c.first), ...link.sources.map((x) => x.first));

/** Mean of `margins` over the tokens of a span. */
function meanMargin(margins: Float32Array | null, s: TaggedSpan): number {
  if (!margins) return 0;
  let sum = 0;
  for (let k = s.first; k <= s.last; k++) sum += margins[k] ?? 0;
  return sum / (s.last - s.first + 1);
}

export function assembleStatements(
  view: TokenView,
  mentions: MentionIndex,
  spans: readonly TaggedSpan[],
  sentenceParagraph: readonly number[],
  margins: Float32Array | null = null,
): Draft[] {
  const byParagraph = new Map<number, TaggedSpan[]>();
  for (const s of spans) {
    const p = sentenceParagraph[view.tokens[s.first]?.sentence ?? 0] ?? -1;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), s]);
  }
  const quoted = (g: TaggedSpan): boolean => OPENING.test(view.word(g.first)) || OPENING.test(view.word(g.first - 1));
  const sentenceOf = (k: number): number => view.tokens[k]?.sentence ?? -1;
  const drafts: Draft[] = [];
  for (const group of byParagraph.values()) {
    const sources = group.filter((s) => s.role === "source");
    const links = linkParagraph(view, group);
    // A cue whose own source is a clause, not a noun phrase ("… brief the allies on what was said and agreed"),
    // is no attribution: its words continue the content they follow.
    // ("according to" always names its source: "According to exit polls, …")
    const bogus = links.filter((l) => l.sources.length > 0 && !isAccordingTo(view, l.cue) && l.sources.every((x) => !plausibleSource(view, x, mentions)));
    const real = links.filter((l) => !bogus.includes(l) && l.contents.length > 0);
    const extended = new Map<TaggedSpan, TaggedSpan>();
    for (const b of bogus) {
      const start = linkStart(b);
      const host = real.flatMap((l) => l.contents).find((c) => c.last < start && start - c.last <= 2 && sentenceOf(c.last) === sentenceOf(start));
      const last = linkEnd(b);
      if (host) extended.set(host, { ...host, last, end: view.tokens[last]?.end ?? host.end });
    }
    const speakers = sources.filter((x) => plausibleSource(view, x, mentions));
    for (const link of real) {
      const speaker = speakerFor(view, mentions, link, speakers);
      const via = link.via ? viaOf(view, mentions, link.via) : null;
      const inSource = (k: number): boolean => link.sources.some((x) => x.first <= k && k <= x.last);
      const glue = (k: number): boolean => inSource(k) || view.tokens[k]?.pos === "PUNCT";
      const inner = speakerInCue(view, mentions, link.cue);
      const cue = inner ? inner.cue : link.cue;
      const content = mainContent(
        link.cue,
        contentsOfCue(
          link.cue,
          link.contents.map((c) => extended.get(c) ?? c),
          glue,
          quoted,
        ),
        glue,
      );
      if (content && !modifierCue(view, link.cue, content) && !nameAfterNominalCue(view, link.cue, content)) {
        const tail = content.first === link.cue.last + 1 ? cueTail(view, cue) : null;
        drafts.push({
          content: { start: tail ? tail.start : content.start, end: content.end },
          cue: { start: cue.start, end: tail ? tail.cueEnd : cue.end },
          speaker: inner?.speaker ?? speaker,
          addressee: null,
          via,
          rule: "tagger",
          margin: { cue: meanMargin(margins, link.cue), content: meanMargin(margins, content) },
        });
      }
    }
  }
  return drafts;
}

const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/**
 * "gave fresh remarks underscoring | his country's legitimate fears of": a cue whose last verb is
 * followed by a possessive noun phrase swallowed the start of its content; the cue ends at
 * the verb and the phrase opens the content. Returns where the content starts and the cue ends.
 */
function cueTail(view: TokenView, cue: Span): { start: number; cueEnd: number } | null {
  const first = view.indexAt(cue.start);
  const last = view.indexBefore(cue.end);
  let verb = -1;
  for (let k = last; k >= first; k--)
    if (view.tokens[k]?.pos === "VERB") {
      verb = k;
      break;
    }
  if (verb < 0 || last - verb < 2 || !POSSESSIVES.has(view.word(verb + 1).toLowerCase())) return null;
  const start = view.tokens[verb + 1]?.start;
  const cueEnd = view.tokens[verb]?.end;
  return start === undefined || cueEnd === undefined ? null : { start, cueEnd };
}

const REPORTERS = new Set(["Organization", "Person"]);

/** Who reported a statement ("according to Bloomberg"): a named person or organisation in the phrase, else null. */
function viaOf(view: TokenView, mentions: MentionIndex, source: TaggedSpan): string | null {
  for (let k = source.last; k >= source.first; k--) {
    const m = mentions.at(view.tokens[k]?.start ?? -1);
    if (m?.entity && m.kind === "name" && REPORTERS.has(m.type)) return m.entity;
  }
  return null;
}
