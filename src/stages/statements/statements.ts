// The statements stage: the trained tagger and the attribution rules propose
// statements, one is kept per attribution, then kind, about, addressee, via,
// place and date are filled in.
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";
import { compareSpans, type Span } from "../../model/span.js";
import type { Statement } from "../../model/statement.js";
import type { Stage } from "../../pipeline/stage.js";
import { findAddressee } from "./addressee.js";
import { keepLikelyDrafts } from "./filter/apply.js";
import { gatherDrafts } from "./gather-drafts.js";
import { kindOf } from "./kind.js";
import { dateIn, findScenes, placeIn, placeOfRemarks, SCENE_REACH } from "./setting.js";
import { attributionModel } from "./tagger/load-model.js";
import { headsOf } from "./tagger/model.js";
import { isUnnamedSource } from "./unnamed.js";

function aboutOf(content: Span, mentions: readonly Mention[], speaker: string | null): string[] {
  const ids = mentions
    .filter((m) => m.entity && m.start >= content.start && m.end <= content.end && !(m.kind === "pronoun" && m.entity === speaker))
    .map((m) => m.entity ?? "");
  return [...new Set(ids)].sort();
}

/**
 * A reported content stops at a spaced dash that follows one of its
 * quotations: what comes after ("… "constructive" - despite …",
 * "… taking place" - referencing …) is the reporter's commentary.
 */
export function cutCommentary(text: string, content: Span, quotes: readonly { readonly outer: Span }[]): Span {
  for (const q of quotes) {
    if (q.outer.end <= content.start || q.outer.end >= content.end) continue;
    const after = /^\s+[-–—―]\s/.exec(text.slice(q.outer.end, content.end));
    if (after) return { start: content.start, end: q.outer.end };
  }
  return content;
}

interface Attributed {
  readonly content: Span;
  readonly cue: Span | null;
  readonly speaker: Span | null;
}

/** Whether a statement's own cue (and speaker) close its content: "The talks were constructive, said Peskov". */
function endsWithOwnCue(text: string, a: Attributed): boolean {
  if (!a.cue || a.cue.start <= a.content.start || a.cue.end > a.content.end) return false;
  const tail = Math.max(a.cue.end, a.speaker && a.speaker.end <= a.content.end ? a.speaker.end : 0);
  return !/[\p{L}\p{N}]/u.test(text.slice(tail, a.content.end));
}

/**
 * A content never runs into another attribution: "Calling for X, Putin
 * asserted Y" gives X to the first statement, not "X, Putin asserted Y";
 * nor into its own cue ("The talks were constructive, said Peskov").
 */
export function cutAtNextAttribution<T extends Attributed>(text: string, drafts: readonly T[]): T[] {
  return drafts.map((a) => {
    let end = a.content.end;
    for (const b of drafts) {
      if (!b.cue || (b === a && !endsWithOwnCue(text, a))) continue;
      const from = Math.min(b.cue.start, b.speaker?.start ?? b.cue.start);
      if (from > a.content.start && b.cue.end <= a.content.end && from < end) end = from;
    }
    if (end === a.content.end) return a;
    end = trimmedEnd(text, a.content.start, end);
    return end > a.content.start ? { ...a, content: { start: a.content.start, end } } : a;
  });
}

/**
 * A content that opens a quotation runs to its end: the tagger sometimes stops
 * at a comma inside it ("“you Americans are worried … from the U.S., while
 * we have genuine concerns …”"), but a quotation is reported whole.
 */
export function completeQuotation(content: Span, quotes: readonly { readonly outer: Span }[]): Span {
  for (const q of quotes)
    if (q.outer.start === content.start && content.end > q.outer.start && content.end < q.outer.end) return { start: content.start, end: q.outer.end };
  return content;
}

/** The end of start..end without the spaces, dashes, commas and colons it ends on (it may reach start). */
function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,;:\-–—―]/u.test(text[end - 1] ?? "")) end--;
  return end;
}

/** A content does not end on a dash, comma or colon ("… not even happening at all -"). */
export function trimContentEnd(text: string, content: Span): Span {
  const end = trimmedEnd(text, content.start, content.end);
  return end > content.start ? { start: content.start, end } : content;
}

/** Whether a content has a word or a number: a tagged lone quotation mark says nothing and is no statement. */
export function saysSomething(text: string, content: Span): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(content.start, content.end));
}

/** The statements of a document; `fast`: tag with the perceptron alone, not the neural tagger (about 15 times faster, less accurate). */
export function findStatements(doc: ArticleDoc, fast = false): Statement[] {
  const shipped = attributionModel();
  const model = fast && shipped ? { ...shipped, neural: null } : shipped;
  const { drafts, view, ctx } = gatherDrafts(doc, model);
  const { quotes } = ctx;
  const filter = model ? headsOf(model).filter : null;
  const all = model && filter ? keepLikelyDrafts(drafts, { view, mentions: ctx.mentions, quotes, cueRates: model.cueRates }, filter) : drafts;
  const mentions = doc.mentions ?? [];
  const scenes = findScenes(
    doc,
    view,
    mentions,
    quotes.map((q) => q.outer),
  );
  const sentences = doc.sentences ?? [];
  const names = mentions.filter((m) => m.kind === "name");
  return cutAtNextAttribution(doc.text, all)
    .map((d) => ({ ...d, content: cutCommentary(doc.text, trimContentEnd(doc.text, completeQuotation(d.content, quotes)), quotes) }))
    .filter((d) => saysSomething(doc.text, d.content))
    .map((d): Statement => {
      const anchor = d.cue ?? d.speaker ?? d.content;
      const s = view.tokens[view.indexAt(anchor.start)]?.sentence ?? 0;
      const sentence = sentences[s];
      const ownDate = sentence ? dateIn(doc, sentence, [d.content]) : null;
      const ownPlace = sentence ? placeIn(view, mentions, sentence, [d.content]) : null;
      const speaker = d.speaker?.entity;
      const scene = speaker ? scenes.bySentence.get(s)?.get(speaker) : undefined;
      const inScene = scene && sentence && sentence.paragraph - scene.paragraph <= SCENE_REACH && (!ownDate || ownDate === scene.date);
      const date = ownDate ?? (inScene ? scene.date : null);
      const place = ownPlace ?? (inScene ? scene.place : null) ?? (speaker && sentence ? placeOfRemarks(scenes, speaker, s, sentence.paragraph, date) : null);
      return {
        id: `s-${d.content.start}-${d.content.end}`,
        kind: kindOf(d.content, quotes),
        speaker: d.speaker && !d.speaker.entity && isUnnamedSource(view, d.speaker, names) ? { ...d.speaker, unnamed: true } : d.speaker,
        cue: d.cue,
        content: d.content,
        addressee: d.addressee ?? (d.cue ? findAddressee(view, ctx.mentions, d.cue, d.speaker?.entity ?? null) : null),
        about: aboutOf(d.content, mentions, d.speaker?.entity ?? null),
        place,
        date,
        via: d.via,
      };
    })
    .sort((a, b) => compareSpans(a.content, b.content));
}

export const statementsStage: Stage = {
  name: "statements",
  requires: ["tokens", "sentences", "mentions", "entities"],
  assigns: ["statements"],
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, statements: findStatements(doc) }),
};

/** The statements stage with the perceptron tagger only (`--fast`). */
export const fastStatementsStage: Stage = {
  ...statementsStage,
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, statements: findStatements(doc, true) }),
};
