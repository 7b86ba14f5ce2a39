// The corpus: entities, statements and relations of many articles merged by
// entity id. Articles are added one at a time and their texts are not kept,
// so memory grows with the facts, not with the text read. Every entity keeps
// what each article said of it, so removing an article removes exactly its facts.
import type { ArticleRecord, EntityType, RelationRecord, StatementRecord } from "../graph/serialized.js";
import type { PlaceGeo } from "../model/entity.js";
import type { EntityResult, ExtractionResult } from "../model/result.js";
import { relationRecords, statementRecords } from "./records.js";

/** What one article contributes to an entity. */
export interface EntitySupport {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly { readonly title: string; readonly of: string | null }[];
  readonly mentions: number;
  readonly geo: PlaceGeo | null;
}

export interface CorpusEntity {
  readonly id: string;
  type: EntityType;
  label: string;
  readonly aliases: Set<string>;
  readonly roles: Map<string, { title: string; of: string | null }>;
  mentions: number;
  /** Where the place is, from the gazetteer (the same entry in every article that grounds it). */
  geo: PlaceGeo | null;
  readonly articles: Set<string>;
  /** Mentions per type, to settle the type by majority across articles. */
  readonly typeVotes: Map<EntityType, number>;
  /** Mentions per name, to settle the label by majority across articles. */
  readonly nameVotes: Map<string, number>;
  /** The articles that support the entity, in the order they were added, with what each said. */
  readonly support: Map<string, EntitySupport>;
}

const newEntity = (id: string, type: EntityType, label: string): CorpusEntity => ({
  id,
  type,
  label,
  aliases: new Set(),
  roles: new Map(),
  mentions: 0,
  geo: null,
  articles: new Set(),
  typeVotes: new Map(),
  nameVotes: new Map(),
  support: new Map(),
});

/** The name most mentions use; ties go to the longer, then the first in order. */
function majorityName(votes: ReadonlyMap<string, number>): string | undefined {
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Folds one article's support into an entity; the same fold rebuilds it after a removal. */
function applySupport(entity: CorpusEntity, article: string, s: EntitySupport): void {
  entity.mentions += s.mentions;
  entity.articles.add(article);
  entity.typeVotes.set(s.type, (entity.typeVotes.get(s.type) ?? 0) + Math.max(1, s.mentions));
  entity.type = [...entity.typeVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? s.type;
  // a possessive ending is never part of a label ("Donald J. Trump's")
  const name = s.name.replace(/['’]s$/, "");
  entity.nameVotes.set(name, (entity.nameVotes.get(name) ?? 0) + Math.max(1, s.mentions));
  entity.aliases.add(entity.label);
  entity.label = majorityName(entity.nameVotes) ?? name;
  entity.aliases.add(name);
  for (const a of s.aliases) entity.aliases.add(a);
  entity.aliases.delete(entity.label);
  for (const r of s.roles) entity.roles.set(`${r.title.toLowerCase()}|${r.of ?? ""}`, { title: r.title, of: r.of });
  entity.geo ??= s.geo;
}

const supportOf = (e: EntityResult): EntitySupport => ({
  type: e.type,
  name: e.name,
  aliases: e.aliases,
  roles: e.roles,
  mentions: e.mentions.length,
  geo: e.geo ?? null,
});

interface ArticleFacts {
  readonly entities: readonly string[];
  readonly statements: readonly string[];
  readonly relations: readonly string[];
}

export class Corpus {
  readonly entities = new Map<string, CorpusEntity>();
  readonly statements = new Map<string, StatementRecord>();
  readonly relations = new Map<string, RelationRecord>();
  readonly articles = new Map<string, ArticleRecord>();
  private readonly facts = new Map<string, ArticleFacts>();

  /**
   * Adds one article's extraction (replacing an earlier one with the same id).
   * `text` is the article text the offsets index; without it statements carry
   * only their own content as context.
   */
  add(result: ExtractionResult, text: string | null): void {
    const article = result.article.id;
    if (this.facts.has(article)) this.remove(article);
    this.articles.set(article, { ...result.article });
    for (const e of result.entities) {
      const entity = this.entities.get(e.id) ?? newEntity(e.id, e.type, e.name.replace(/['’]s$/, ""));
      const support = supportOf(e);
      entity.support.set(article, support);
      applySupport(entity, article, support);
      this.entities.set(e.id, entity);
    }
    const statements = statementRecords(result, text);
    const relations = relationRecords(result);
    for (const s of statements) this.statements.set(s.id, s);
    for (const r of relations) this.relations.set(r.id, r);
    this.facts.set(article, { entities: result.entities.map((e) => e.id), statements: statements.map((s) => s.id), relations: relations.map((r) => r.id) });
  }

  /** Removes an article and exactly the facts it supported; false if it was not there. */
  remove(article: string): boolean {
    const facts = this.facts.get(article);
    if (!facts) return false;
    for (const id of facts.statements) this.statements.delete(id);
    for (const id of facts.relations) this.relations.delete(id);
    for (const id of facts.entities) {
      const entity = this.entities.get(id);
      if (!entity) continue;
      entity.support.delete(article);
      const rest = [...entity.support.entries()];
      const first = rest[0];
      if (!first) {
        this.entities.delete(id);
        continue;
      }
      const rebuilt = newEntity(id, first[1].type, first[1].name.replace(/['’]s$/, ""));
      for (const [a, s] of rest) {
        rebuilt.support.set(a, s);
        applySupport(rebuilt, a, s);
      }
      this.entities.set(id, rebuilt);
    }
    this.articles.delete(article);
    this.facts.delete(article);
    return true;
  }

  /** The articles that support an entity, or an edge's statements and relations. */
  articlesOf(entity: string): readonly string[] {
    return [...(this.entities.get(entity)?.articles ?? [])].sort();
  }
}
