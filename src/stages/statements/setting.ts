// Where and when things are said. A sentence that puts a person somewhere at
// some time ("Putin met … in Sochi on Wednesday") sets that person's scene;
// their statements in the next paragraphs inherit it unless they state their own.
// A sentence that ties earlier words to the scene ("He issued the words while
// standing alongside the Greek PM", "Putin was speaking at …") gives the scene
// to that person's statements of the same day in the paragraphs before it.
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import { placeById } from "../../lexicon/places.js";
import { findDates } from "../time/dates.js";
import type { TokenView } from "../token-view.js";

export interface Scene {
  readonly date: string | null;
  readonly place: string | null;
  readonly paragraph: number;
}

const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "inside", "from"]);
const SPECIFICITY: Readonly<Record<string, number>> = { city: 3, region: 2, country: 1 };
/** How many paragraphs a scene carries over. */
export const SCENE_REACH = 2;

const PLACES = new WeakMap<readonly Mention[], readonly Mention[]>();

/** The resolved place mentions of a mention list, by start (cached per list). */
function placeMentions(mentions: readonly Mention[]): readonly Mention[] {
  let places = PLACES.get(mentions);
  if (!places) {
    places = mentions.filter((m) => m.type === "Place" && m.entity).sort((a, b) => a.start - b.start);
    PLACES.set(mentions, places);
  }
  return places;
}

/** The most specific place in a span introduced by "in"/"at" ("in the Black Sea resort city of Sochi" → Sochi). */
export function placeIn(view: TokenView, mentions: readonly Mention[], span: Span, exclude: readonly Span[]): string | null {
  let best: { id: string; rank: number } | null = null;
  const places = placeMentions(mentions);
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((places[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < places.length; i++) {
    const m = places[i] as Mention;
    if (m.start >= span.end) break;
    if (!m.entity || m.end > span.end) continue;
    if (exclude.some((x) => m.start >= x.start && m.end <= x.end)) continue;
    // walk back over the noun phrase to the preposition that introduces it
    let k = view.indexAt(m.start) - 1;
    while (
      k >= 0 &&
      !PLACE_PREPOSITIONS.has(view.word(k).toLowerCase()) &&
      ["DET", "ADJ", "NOUN", "PROPN", "ADP", "PUNCT"].includes(view.tokens[k]?.pos ?? "") &&
      view.indexAt(m.start) - k < 8
    ) {
      if (view.word(k).toLowerCase() !== "of" && view.tokens[k]?.pos === "ADP") break;
      k--;
    }
    if (!PLACE_PREPOSITIONS.has(view.word(k).toLowerCase())) continue;
    const rank = SPECIFICITY[placeById(m.entity)?.kind ?? "region"] ?? 0;
    if (!best || rank > best.rank) best = { id: m.entity, rank };
  }
  return best?.id ?? null;
}

export function dateIn(doc: ArticleDoc, span: Span, exclude: readonly Span[]): string | null {
  const dates = findDates(doc.text, span, doc.meta.published).filter((d) => exclude.every((x) => d.end <= x.start || d.start >= x.end));
  return dates[0]?.value ?? null;
}

/** How many paragraphs back a sentence about the remarks reaches. */
const REMARKS_REACH = 4;
/** Words that tie a person's earlier words to where they are: "made the remarks at", "issued the words while", "was speaking in". */
const REMARKS =
  /\b(?:made|issued|delivered|gave|offered|voiced)\b[^.;]{0,40}\b(?:remarks|comments|words|statement|statements|speech)\b|\b(?:was|were) speaking\b|\b(?:remarks|comments) came\b/i;

/** A sentence that ties a person's earlier words to their scene. */
export interface RemarksAnchor {
  readonly sentence: number;
  readonly entity: string;
  readonly scene: Scene;
}

export interface Scenes {
  /** For each sentence, the scene of each person acting in it, in text order. */
  readonly bySentence: Map<number, Map<string, Scene>>;
  readonly anchors: readonly RemarksAnchor[];
}

/** The place a remarks sentence after sentence `s` gives a person's statement of `date` in `paragraph`, or null. */
export function placeOfRemarks(scenes: Scenes, entity: string, s: number, paragraph: number, date: string | null): string | null {
  const a = scenes.anchors.find((x) => x.entity === entity && x.sentence > s && x.scene.paragraph - paragraph <= REMARKS_REACH);
  // the same day: a month is too coarse to put somebody somewhere
  return a && date && /^\d{4}-\d\d-\d\d$/.test(date) && a.scene.date === date ? a.scene.place : null;
}

export function findScenes(doc: ArticleDoc, view: TokenView, mentions: readonly Mention[], quoted: readonly Span[]): Scenes {
  const anchors: RemarksAnchor[] = [];
  const bySentence = scenesBySentence(doc, view, mentions, quoted);
  (doc.sentences ?? []).forEach((sentence, s) => {
    if (!REMARKS.test(doc.text.slice(sentence.start, sentence.end))) return;
    for (const m of mentions) {
      if (!m.entity || m.type !== "Person" || m.start < sentence.start || m.end > sentence.end) continue;
      const scene = bySentence.get(s)?.get(m.entity);
      if (scene?.place && scene.date && !anchors.some((x) => x.sentence === s && x.entity === m.entity)) anchors.push({ sentence: s, entity: m.entity, scene });
    }
  });
  return { bySentence, anchors };
}

/** For each sentence, the scene of each person acting in it, in text order. */
function scenesBySentence(doc: ArticleDoc, view: TokenView, mentions: readonly Mention[], quoted: readonly Span[]): Map<number, Map<string, Scene>> {
  const result = new Map<number, Map<string, Scene>>();
  const current = new Map<string, Scene>();
  (doc.sentences ?? []).forEach((sentence, s) => {
    const date = dateIn(doc, sentence, quoted);
    const place = placeIn(view, mentions, sentence, quoted);
    if (date || place) {
      const actors = mentions.filter((m) => m.type === "Person" && m.entity && m.start >= sentence.start && m.end <= sentence.end && isSubject(view, m));
      for (const a of actors) {
        const before = current.get(a.entity ?? "");
        const sameScene = before && before.paragraph >= sentence.paragraph - SCENE_REACH && (!date || before.date === date);
        current.set(a.entity ?? "", { date: date ?? before?.date ?? null, place: place ?? (sameScene ? before.place : null), paragraph: sentence.paragraph });
      }
    }
    result.set(s, new Map(current));
  });
  return result;
}

function isSubject(view: TokenView, m: Mention): boolean {
  let k = view.indexAt(m.end);
  while (["ADV", "AUX", "PART"].includes(view.tokens[k]?.pos ?? "") && k - view.indexAt(m.end) < 3) k++;
  return view.tokens[k]?.pos === "VERB";
}
