// Turns the tagger's typed spans into name mentions: CoNLL types mapped to
// entity types, known names given their gazetteer ids, nationalities made
// Group mentions, and "Biden-Putin" compounds split into their names.
import type { EntityType, Mention } from "../../model/entity.js";
import { contains, type Span } from "../../model/span.js";
import { lookupSurface, type GazetteerEntry } from "./gazetteer.js";
import type { NerSpan } from "./ner/tagger.js";
import type { NerType } from "./ner/tags.js";
import { slugify } from "../entities/slug.js";
import type { TokenView } from "../token-view.js";
import { NOT_NAMES } from "../../lexicon/words.js";

const TYPE_OF: Readonly<Record<NerType, EntityType>> = { PER: "Person", ORG: "Organization", LOC: "Place", MISC: "Other" };
const POSSESSIVE = /^['’]s?$/;
const DASH = /^[-‐‑–—]$/;

/** The Group id of a nationality: "Russian" → russians, "British" → british. */
export function nationalityId(demonym: string): string {
  const plural = /(ese|ish|ch|ss|s)$/.test(demonym) || demonym.includes(".") ? demonym : `${demonym}s`;
  return slugify(plural);
}

/** A mention for a span, typed by the tagger unless a curated list knows better. */
function mentionFor(view: TokenView, start: number, end: number, nerType: NerType): Mention | null {
  const surface = view.text.slice(start, end);
  const entry: GazetteerEntry | undefined = lookupSurface(surface);
  const type = TYPE_OF[nerType];
  // Compass adjectives and sentence words the tagger sometimes marks alone ("Western").
  if (nerType === "MISC" && NOT_NAMES.has(surface)) return null;
  if (entry?.kind === "demonym" || (entry?.type === "Group" && (type === "Other" || type === "Organization"))) {
    return { start, end, type: "Group", kind: "name", candidates: [entry.kind === "demonym" ? nationalityId(surface) : (entry.ids[0] ?? slugify(surface))] };
  }
  if (entry?.kind === "name" && entry.type !== "Group") {
    // People and organisations come from curated lists: their type wins. A
    // place name the tagger reads as a team or a person keeps the tagger's
    // type, and so does a one-word alias of a person that the tagger reads as
    // an organisation or a place ("Chelsea" the club, not Chelsea Clinton).
    const aliasOnly = entry.type === "Person" && !surface.includes(" ") && (type === "Organization" || type === "Place");
    if (aliasOnly) return { start, end, type, kind: "name" };
    if (entry.type !== "Place") return { start, end, type: entry.type, kind: "name", candidates: entry.ids };
    if (type === "Place") return { start, end, type, kind: "name", candidates: entry.ids };
  }
  return { start, end, type, kind: "name" };
}

/** Whether a token of the span is a lone dash (cheap: looks at first characters only first). */
function hasDash(view: TokenView, span: NerSpan): boolean {
  for (let i = span.first; i < span.next; i++) {
    const w = view.word(i);
    if (w.length === 1 && DASH.test(w)) return true;
  }
  return false;
}

/**
 * Splits "Biden - Putin" or "Russia - Ukraine" when every part is a person or
 * place the gazetteer or the document knows. An organisation's own hyphen
 * ("UWP-Hachette") and compound adjectives ("Arab-Israeli") stay whole.
 */
function splitCompound(view: TokenView, span: NerSpan, typeOfWord: ReadonlyMap<string, NerType>): Mention[] | null {
  const parts: { first: number; next: number }[] = [];
  let first = span.first;
  for (let i = span.first; i < span.next; i++) {
    if (!DASH.test(view.word(i))) continue;
    parts.push({ first, next: i });
    first = i + 1;
  }
  if (parts.length === 0) return null;
  parts.push({ first, next: span.next });
  const out: Mention[] = [];
  for (const p of parts) {
    if (p.next <= p.first) return null;
    const start = view.tokens[p.first]?.start ?? 0;
    const end = view.tokens[p.next - 1]?.end ?? 0;
    const surface = view.text.slice(start, end);
    const entry = lookupSurface(surface);
    const known = entry && entry.kind === "name" ? entry.type : undefined;
    const seen = typeOfWord.get(surface);
    if (known === undefined && seen === undefined) return null;
    const m = mentionFor(view, start, end, seen ?? (known === "Person" ? "PER" : known === "Organization" ? "ORG" : known === "Place" ? "LOC" : "MISC"));
    if (!m || (m.type !== "Person" && m.type !== "Place")) return null;
    out.push(m);
  }
  return out;
}

/**
 * Name mentions from the tagger's spans. Spans in boilerplate are dropped; in
 * a Title Case headline, which the training text hardly has, only names the
 * prose also has, or that the gazetteer knows, are kept.
 */
export function modelMentions(view: TokenView, spans: readonly NerSpan[], headline: Span | null): Mention[] {
  const surfaceOf = (s: { start: number; end: number }): string => view.text.slice(s.start, s.end);
  const prose = spans.filter((s) => s.lineMode === 0);
  const typeOfWord = new Map<string, NerType>();
  for (const s of prose) if (s.next - s.first === 1) typeOfWord.set(surfaceOf(s), s.type);
  const proseNames = new Set<string>();
  for (const s of prose) {
    const lower = surfaceOf(s).toLowerCase();
    proseNames.add(lower);
    for (const w of lower.split(/\s+/)) proseNames.add(w);
  }
  // A first line ending in a number is a results line ("Italy ( … ) 4:02.752"), not a headline.
  const lastOfHeadline = headline ? view.indexBefore(headline.end) : -1;
  const titleHeadline = headline !== null && !/\d/.test(view.word(lastOfHeadline)) ? headline : null;
  const out: Mention[] = [];
  for (const span of spans) {
    if (view.inBoilerplate(span.first)) continue;
    let next = span.next;
    // "Russia's": the possessive ending is not part of the name. One written
    // apart, as pre-tokenised text does ("Lord 's"), stays where the tagger put it.
    while (next - 1 > span.first && POSSESSIVE.test(view.word(next - 1)) && span.type !== "ORG" && view.tokens[next - 1]?.start === view.tokens[next - 2]?.end)
      next--;
    const trimmed: NerSpan = {
      first: span.first,
      next,
      type: span.type,
      start: span.start,
      end: view.tokens[next - 1]?.end ?? span.end,
      lineMode: span.lineMode,
    };
    if (span.lineMode === 1 && titleHeadline && contains(titleHeadline, span)) {
      const surface = surfaceOf(trimmed);
      if (!proseNames.has(surface.toLowerCase()) && lookupSurface(surface)?.kind !== "name") continue;
    }
    const parts = hasDash(view, trimmed) ? splitCompound(view, trimmed, typeOfWord) : null;
    if (parts) out.push(...parts);
    else {
      const m = mentionFor(view, trimmed.start, trimmed.end, trimmed.type);
      if (m) out.push(m);
    }
  }
  return out;
}
