// The statement and relation records of one article as the corpus and the
// explorer keep them: ids prefixed with the article, context around quotes
// cut from the text when it is given.
import type { RelationRecord, StatementRecord } from "../graph/serialized.js";
import type { ExtractionResult } from "../model/result.js";
import { contextAround } from "./context.js";

export function statementRecords(result: ExtractionResult, text: string | null): StatementRecord[] {
  const article = result.article.id;
  return result.statements.map((s) => {
    const ctx = text === null ? null : contextAround(text, s.content.start, s.content.end);
    return {
      id: `${article}/${s.id}`,
      article,
      kind: s.kind,
      speaker: s.speaker ? { entity: s.speaker.entity, text: s.speaker.text, ...(s.speaker.unnamed ? { unnamed: true as const } : {}) } : null,
      cue: s.cue?.text ?? null,
      content: s.content,
      context: ctx === null || text === null ? s.content : { ...ctx, text: text.slice(ctx.start, ctx.end) },
      addressee: s.addressee,
      about: s.about,
      place: s.place,
      date: s.date,
      via: s.via,
    };
  });
}

export function relationRecords(result: ExtractionResult): RelationRecord[] {
  const article = result.article.id;
  return result.relations.map((r) => ({
    id: `${article}/${r.id}`,
    article,
    predicate: r.predicate,
    subject: r.subject,
    object: r.object,
    ...(r.title === undefined ? {} : { title: r.title }),
    place: r.place,
    date: r.date,
    evidence: r.evidence,
  }));
}
