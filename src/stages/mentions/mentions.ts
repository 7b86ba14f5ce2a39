// The mentions stage: gazetteer names, capitalised names, descriptions and
// pronouns, merged with one overlap policy (longer names win; a name found in
// the body is also recognised in a Title Case headline).
import type { ArticleDoc } from "../../model/doc.js";
import type { Mention } from "../../model/entity.js";
import { compareSpans, overlaps } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { findDescriptions, findPronouns } from "./descriptions.js";
import { findGazetteerMatches, type GazetteerMatch } from "./gazetteer.js";
import { findCapitalisedChunks, namesFromChunks } from "./patterns.js";
import { type TokenView, tokenView } from "../token-view.js";

function gazetteerMentions(matches: readonly GazetteerMatch[], view: TokenView): Mention[] {
  return matches
    .filter((m) => m.entry.kind === "name")
    .map((m) => ({ start: m.start, end: m.end, type: m.entry.type, kind: "name" as const, candidates: m.entry.ids }))
    .filter((m) => !view.inBoilerplate(view.tokens.findIndex((t) => t.start === m.start)));
}

/** Tokens of Title Case lines that repeat a name recognised in the body. */
function headlineEchoes(view: TokenView, names: readonly Mention[]): Mention[] {
  const known = new Map<string, Mention>();
  for (const m of names) if (m.kind === "name") known.set(view.text.slice(m.start, m.end), m);
  const found: Mention[] = [];
  view.tokens.forEach((token, i) => {
    if (!view.inTitleCase(i)) return;
    const m = known.get(view.word(i));
    if (m) found.push({ ...m, start: token.start, end: token.end });
  });
  return found;
}

/** Keeps the longest of overlapping mentions; earlier lists win ties. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const m of byLength) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort(compareSpans);
}

export function findMentions(doc: ArticleDoc): Mention[] {
  const view = tokenView(doc);
  const gazetteer = findGazetteerMatches(doc.text, view.tokens);
  const demonymStart = new Map(gazetteer.filter((g) => g.entry.type === "Place").map((g) => [g.start, g.entry.ids[0] ?? null]));
  const demonymOf = (i: number): string | null => demonymStart.get(view.tokens[i]?.start ?? -1) ?? null;
  const { mentions: names, rolesAt } = namesFromChunks(view, findCapitalisedChunks(view), gazetteer, demonymOf);
  const known = gazetteerMentions(gazetteer, view).map((m) => {
    const role = rolesAt.get(m.start);
    return role ? { ...m, role } : m;
  });
  const body = resolveOverlaps([...names, ...known]);
  const all = [...body, ...headlineEchoes(view, body), ...findDescriptions(view, gazetteer), ...findPronouns(view)];
  return resolveOverlaps(all);
}

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["tokens", "sentences"],
  assigns: ["mentions"],
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, mentions: findMentions(doc) }),
};
