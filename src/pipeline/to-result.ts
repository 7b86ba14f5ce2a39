// Turns a finished ArticleDoc into the public extraction result. Every `text`
// field is derived here from offsets; nothing else stores copied text.
import type { ArticleDoc } from "../model/doc.js";
import type { EntityResult, ExtractionResult, RelationResult, StatementResult } from "../model/result.js";
import { withText } from "../model/span.js";

export function toResult(doc: ArticleDoc): ExtractionResult {
  const { text } = doc;
  const mentions = doc.mentions ?? [];
  const entities: EntityResult[] = (doc.entities ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    roles: e.roles.map((r) => ({ title: r.title, of: r.of })),
    mentions: e.mentions.flatMap((i) => {
      const m = mentions[i];
      return m ? [withText(text, m)] : [];
    }),
    ...(e.geo ? { geo: e.geo } : {}),
  }));
  const statements: StatementResult[] = (doc.statements ?? []).map((s) => ({
    id: s.id,
    kind: s.kind,
    speaker: s.speaker ? { ...withText(text, s.speaker), entity: s.speaker.entity, ...(s.speaker.unnamed ? { unnamed: true as const } : {}) } : null,
    cue: s.cue ? withText(text, s.cue) : null,
    content: withText(text, s.content),
    addressee: s.addressee,
    about: s.about,
    place: s.place,
    date: s.date,
    via: s.via,
  }));
  const relations: RelationResult[] = (doc.relations ?? []).map((r) => ({
    id: r.id,
    predicate: r.predicate,
    subject: r.subject,
    object: r.object,
    ...(r.title === undefined ? {} : { title: r.title }),
    place: r.place,
    date: r.date,
    evidence: withText(text, r.evidence),
  }));
  const { title, author, published, source } = doc.meta;
  return { article: { id: doc.id, title, author, published, source }, entities, statements, relations };
}
