// The corpus: entities, statements and relations of many articles merged by
// entity id. Articles are added one at a time and their texts are not kept,
// so memory grows with the facts, not with the text read.
import type { ExtractionResult } from "../model/result.js";
import type { ArticleRecord, EntityType, RelationRecord, StatementRecord } from "../graph/serialized.js";
import { contextAround } from "./context.js";

export interface CorpusEntity {
  readonly id: string;
  type: EntityType;
  label: string;
  readonly aliases: Set<string>;
  readonly roles: Map<string, { title: string; of: string | null }>;
  mentions: number;
  readonly articles: Set<string>;
  /** Mentions per type, to settle the type by majority across articles. */
  readonly typeVotes: Map<EntityType, number>;
}

export class Corpus {
  readonly entities = new Map<string, CorpusEntity>();
  readonly statements = new Map<string, StatementRecord>();
  readonly relations = new Map<string, RelationRecord>();
  readonly articles = new Map<string, ArticleRecord>();

  /**
   * Adds one article's extraction. `text` is the article text the offsets
   * index; without it statements carry only their own content as context.
   */
  add(result: ExtractionResult, text: string | null): void {
    const article = result.article.id;
    this.articles.set(article, { ...result.article });
    for (const e of result.entities) {
      const known = this.entities.get(e.id);
      const entity: CorpusEntity = known ?? {
        id: e.id,
        type: e.type,
        label: e.name,
        aliases: new Set(),
        roles: new Map(),
        mentions: 0,
        articles: new Set(),
        typeVotes: new Map(),
      };
      entity.mentions += e.mentions.length;
      entity.articles.add(article);
      entity.typeVotes.set(e.type, (entity.typeVotes.get(e.type) ?? 0) + Math.max(1, e.mentions.length));
      entity.type = [...entity.typeVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? e.type;
      if (e.name.length > entity.label.length) {
        entity.aliases.add(entity.label);
        entity.label = e.name;
      } else if (e.name !== entity.label) entity.aliases.add(e.name);
      for (const a of e.aliases) if (a !== entity.label) entity.aliases.add(a);
      for (const r of e.roles) entity.roles.set(`${r.title.toLowerCase()}|${r.of ?? ""}`, { title: r.title, of: r.of });
      this.entities.set(e.id, entity);
    }
    for (const s of result.statements) {
      const id = `${article}/${s.id}`;
      const ctx = text === null ? s.content : contextAround(text, s.content.start, s.content.end);
      this.statements.set(id, {
        id,
        article,
        kind: s.kind,
        speaker: s.speaker ? { entity: s.speaker.entity, text: s.speaker.text } : null,
        cue: s.cue?.text ?? null,
        content: s.content,
        context: text === null ? s.content : { ...ctx, text: text.slice(ctx.start, ctx.end) },
        addressee: s.addressee,
        about: s.about,
        place: s.place,
        date: s.date,
        via: s.via,
      });
    }
    for (const r of result.relations) {
      const id = `${article}/${r.id}`;
      this.relations.set(id, { id, article, predicate: r.predicate, subject: r.subject, object: r.object, ...(r.title === undefined ? {} : { title: r.title }), place: r.place, date: r.date, evidence: r.evidence });
    }
  }
}
