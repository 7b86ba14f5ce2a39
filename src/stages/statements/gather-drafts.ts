// Gathers the statement drafts of a document: the exact headline and
// transcript rules first, then the trained tagger, then the older rules where
// the tagger left gaps; one draft per attribution.
import type { ArticleDoc } from "../../model/doc.js";
import { compareSpans, overlaps, type Span } from "../../model/span.js";
import { findParagraphs } from "../segment/segment.js";
import { type TokenView, tokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import { findAccordingTo, findHeadlineColon, findQuoteAttributions, findVerbAttributions, type RuleContext } from "./find-attributions.js";
import { reboundDrafts } from "./bounds/rebound.js";
import { findTaggedAttributions } from "./find-tagged.js";
import { joinFollowingQuotes } from "./join-quotes.js";
import { speakersFromGrammar } from "./passive.js";
import { findReportedly } from "./reportedly.js";
import { dropAddresseeLeads } from "./addressee-lead.js";
import { findScareQuotes } from "./scare-quotes.js";
import { findQuotations, type Quotation } from "./quotes.js";
import { mentionIndex } from "./speaker.js";
import { attributionModel } from "./tagger/load-model.js";
import { type AttributionModel, headsOf } from "./tagger/model.js";
import { findSignedQuotes, findTranscriptLines } from "./transcript.js";

export interface Gathered {
  readonly drafts: readonly Draft[];
  readonly view: TokenView;
  readonly ctx: RuleContext;
  /** The tagger's content score of every token, or null. */
  readonly content: Float32Array | null;
}

function tokensOf(view: TokenView, span: Span): number {
  return view.indexAt(span.end) - view.indexAt(span.start);
}

function jaccard(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** One statement per attribution: same cue keeps the larger content; near-identical contents keep the first rule's. */
export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    const sameCue = kept.findIndex((k) => k.cue && d.cue && k.cue.start === d.cue.start);
    if (sameCue >= 0) {
      const k = kept[sameCue];
      if (k && d.content.end - d.content.start > k.content.end - k.content.start) kept[sameCue] = { ...d, addressee: d.addressee ?? k.addressee };
      continue;
    }
    if (kept.some((k) => jaccard(k.content, d.content) >= 0.5)) continue;
    kept.push(d);
  }
  return kept;
}

const within = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * "…, sources said." closing a sentence: the speaker and cue at the end own the whole
 * clause before them, and a cue inside that clause ("Secret Service protocol called
 * for …, sources said") reports nothing of its own. (PolNeAR's annotators mark the
 * closing attribution; 3 of 502 in train also mark an inner one.) Where the tagger gave
 * the closing cue a content of its own outside that clause, the tagger's reading stands;
 * so does a clause opening with a quotation ("“…,” McConnell, R-Ky., said Tuesday"),
 * which the quotation rules read better.
 */
function closingAttributions(rules: readonly Draft[], tagged: readonly Draft[], quotes: readonly Quotation[]): Draft[] {
  return rules.filter(
    (d) =>
      d.rule === "clause-comma-cue" &&
      !quotes.some((q) => q.outer.start <= d.content.start && d.content.start < q.outer.end) &&
      !quotes.some((q) => d.cue && within(d.cue, q.outer)) &&
      !tagged.some((t) => t.cue && d.cue && overlaps(t.cue, d.cue) && !within(t.content, d.content)),
  );
}

/**
 * Attach "…, according to Bloomberg" to a statement of the same sentence that
 * already has its speaker and cue (the phrase's own content is that statement's,
 * so it need not be free); an "according to" with no such statement stands on
 * its own where its content is free.
 */
function attachVia(drafts: readonly Draft[], according: readonly Draft[], view: TokenView, free: (d: Draft) => boolean): { drafts: Draft[]; rest: Draft[] } {
  const rest: Draft[] = [];
  const out = [...drafts];
  const sentenceAt = (offset: number): number | undefined => view.tokens[view.indexAt(offset)]?.sentence;
  for (const a of according) {
    const i = out.findIndex(
      (d) =>
        d.speaker &&
        d.cue &&
        !(a.cue && overlaps(a.cue, d.cue)) &&
        !(a.speaker && overlaps(a.speaker, d.speaker)) &&
        d.speaker.entity !== a.speaker?.entity &&
        sentenceAt(d.cue.start) === sentenceAt(a.cue?.start ?? 0),
    );
    const target = out[i];
    if (target && a.speaker?.entity) out[i] = { ...target, via: target.via ?? a.speaker.entity };
    else if (!target && free(a)) rest.push(a);
  }
  return { drafts: out, rest };
}

/** Whole-paragraph quotations nobody introduced continue the previous speaker. */
function continuedQuotes(quotes: readonly Quotation[], drafts: readonly Draft[], paragraphs: readonly Span[]): Draft[] {
  const out: Draft[] = [];
  const all = [...drafts].sort((a, b) => compareSpans(a.content, b.content));
  for (const q of [...quotes].sort((a, b) => compareSpans(a.outer, b.outer))) {
    if (all.some((d) => d.content.start <= q.start && q.end <= d.content.end)) continue;
    const pIndex = paragraphs.findIndex((p) => p.start <= q.outer.start && q.outer.start < p.end);
    const p = paragraphs[pIndex];
    if (!p || q.outer.start !== p.start || (q.outer.end - q.outer.start) / (p.end - p.start) < 0.8) continue;
    const previous = [...all, ...out].filter((d) => d.content.end <= q.start && d.speaker).pop();
    const prevParagraph = paragraphs.findIndex((x) => previous && x.start <= previous.content.start && previous.content.start < x.end);
    if (previous && pIndex - prevParagraph <= 2)
      out.push({ content: { start: q.start, end: q.end }, cue: null, speaker: previous.speaker, addressee: null, via: null, rule: "continued-quote" });
  }
  return out;
}

/** The drafts of a document; `model`: the attribution model (default: the shipped one). */
export function gatherDrafts(doc: ArticleDoc, model: AttributionModel | null = attributionModel()): Gathered {
  const view = tokenView(doc);
  const mentions = doc.mentions ?? [];
  const paragraphs = findParagraphs(doc.text);
  const quotes = findQuotations(doc.text, paragraphs);
  const ctx: RuleContext = { view, mentions: mentionIndex(mentions.filter((m) => m.entity)), quotes, paragraphs };
  const title = doc.meta.head[0];
  // The headline rule is exact; the tagger comes next; the other rules only fill gaps it left.
  const headline = [
    ...findHeadlineColon(ctx, title, mentions),
    ...findTranscriptLines(doc.text, paragraphs, mentions),
    ...findSignedQuotes(doc.text, paragraphs, quotes, mentions),
  ];
  const found = findTaggedAttributions(doc, view, ctx.mentions, quotes, model);
  const verbRules = findVerbAttributions(ctx);
  const closing = closingAttributions(verbRules, found.drafts, quotes);
  const bounds = model ? headsOf(model).bounds : null;
  const bounded = bounds ? reboundDrafts(view, found.drafts, quotes, found.content, bounds) : found.drafts;
  // "Putin reportedly raised …": where the reportedly rule reads a cue the tagger also used, its reading stands
  const reported = findReportedly(view, quotes);
  const tagged = dropAddresseeLeads(view, bounded, quotes).filter(
    (d) =>
      !reported.some((r) => d.cue && r.cue && within(r.cue, d.cue)) &&
      !headline.some((h) => overlaps(h.content, d.content)) &&
      !closing.some((c) => d.cue && (within(d.cue, c.content) || (c.cue && overlaps(d.cue, c.cue)))),
  );
  // A rule fills a gap only: its content and its cue are ones the tagger did not use.
  const taken = [...tagged, ...closing];
  const free = (d: Draft): boolean =>
    !taken.some((t) => overlaps(t.content, d.content) || (t.cue && d.cue && overlaps(t.cue, d.cue))) && !headline.some((h) => overlaps(h.content, d.content));
  const primary = mergeDrafts([
    ...headline,
    ...tagged,
    ...closing.filter((d) => !headline.some((h) => overlaps(h.content, d.content))),
    ...[...findQuoteAttributions(ctx), ...verbRules, ...reported, ...findScareQuotes(view, ctx.mentions, quotes)].filter(free),
  ]);
  const { drafts, rest } = attachVia(primary, findAccordingTo(ctx), view, free);
  const merged = joinFollowingQuotes(view, mergeDrafts([...drafts, ...rest]), quotes, paragraphs);
  const all = [...merged, ...continuedQuotes(quotes, merged, paragraphs).filter((d) => !headline.some((h) => overlaps(h.content, d.content)))].filter(
    (d) => tokensOf(view, d.content) > 0,
  );
  return { drafts: speakersFromGrammar(view, ctx.mentions, all), view, ctx, content: found.content };
}
