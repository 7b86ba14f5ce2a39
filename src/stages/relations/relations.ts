// The relations stage: meetings, roles and memberships, sorted by evidence offset.
import type { ArticleDoc } from "../../model/doc.js";
import type { Relation } from "../../model/relation.js";
import { compareSpans } from "../../model/span.js";
import type { Stage } from "../../pipeline/stage.js";
import { tokenView } from "../token-view.js";
import { findMeetings } from "./meetings.js";
import { findMemberships } from "./memberships.js";
import { roleRelations } from "./roles.js";

export function findRelations(doc: ArticleDoc): Relation[] {
  const view = tokenView(doc);
  // in text order once, for the rules that walk them alongside the sentences and names
  const mentions = [...(doc.mentions ?? [])].sort(compareSpans);
  const all = [...findMeetings(doc, view, mentions), ...roleRelations(doc.entities ?? []), ...findMemberships(doc, view, mentions)];
  const seen = new Set<string>();
  return all
    .filter((r) => {
      if (seen.has(r.id)) return false;
      seen.add(r.id);
      return true;
    })
    .sort((a, b) => compareSpans(a.evidence, b.evidence) || (a.id < b.id ? -1 : 1));
}

export const relationsStage: Stage = {
  name: "relations",
  requires: ["tokens", "sentences", "mentions", "entities"],
  assigns: ["relations"],
  run: (doc: ArticleDoc): ArticleDoc => ({ ...doc, relations: findRelations(doc) }),
};
