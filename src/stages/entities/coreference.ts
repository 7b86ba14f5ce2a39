// In-document coreference: every name, description and pronoun mention gets
// the id of the entity it refers to; mentions that resolve to nothing are
// dropped (with a diagnostic) rather than becoming junk entities.
import type { ArticleDoc } from "../../model/doc.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Mention, Role } from "../../model/entity.js";
import { FEMALE_PRONOUNS } from "../../lexicon/words.js";
import { resolveDescription, rolesOf } from "./descriptions.js";
import { knownGender } from "./known.js";
import { clusterNames } from "./names.js";
import { type Candidate, candidateOf, mostSalient, type SalienceContext } from "./salience.js";

export interface Coreference {
  readonly mentions: Mention[];
  readonly diagnostics: Diagnostic[];
}

function salienceContext(doc: ArticleDoc): SalienceContext {
  const tokens = doc.tokens ?? [];
  return {
    tokens,
    tokenAt: (offset) => {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

export function resolveCoreference(doc: ArticleDoc): Coreference {
  const mentions = doc.mentions ?? [];
  const date = doc.meta.published?.slice(0, 10) ?? null;
  const ctx = salienceContext(doc);
  const sentenceOf = (m: Mention): number => doc.tokens?.[Math.min(ctx.tokenAt(m.start), (doc.tokens?.length ?? 1) - 1)]?.sentence ?? 0;
  const ids = clusterNames(doc.text, mentions, date);

  const stated = new Map<string, Role[]>();
  mentions.forEach((m, i) => {
    const id = ids.get(i);
    if (id && m.role) stated.set(id, [...(stated.get(id) ?? []), m.role]);
  });
  const people = [...new Set(mentions.flatMap((m, i) => (m.type === "Person" && ids.has(i) ? [ids.get(i) ?? ""] : [])))].map((id) => ({
    id,
    roles: rolesOf(id, stated.get(id) ?? [], date),
  }));
  const known = new Set(people.map((p) => p.id));

  // One left-to-right pass: pronouns and possessive descriptions look back.
  const candidates: Candidate[] = [];
  const seen = new Map<string, number>();
  const genderOf = new Map<string, "m" | "f">();
  const diagnostics: Diagnostic[] = [];
  const resolved: Mention[] = [];
  mentions.forEach((m, i) => {
    let entity = ids.get(i) ?? null;
    const sentence = sentenceOf(m);
    if (m.kind === "pronoun") {
      const gender = FEMALE_PRONOUNS.has(doc.text.slice(m.start, m.end).toLowerCase()) ? "f" : "m";
      entity = mostSalient(m, sentence, gender, candidates, genderOf);
      if (entity && !knownGender(entity)) genderOf.set(entity, gender);
    } else if (m.kind === "description") {
      const possessive = /^(his|her|their)\s/i.test(doc.text.slice(m.start, m.end));
      const possessor = possessive ? mostSalient(m, sentence, /^her\s/i.test(doc.text.slice(m.start, m.end)) ? "f" : "m", candidates) : null;
      entity = resolveDescription(m, people, date, possessor);
      if (entity && !known.has(entity)) {
        known.add(entity);
        people.push({ id: entity, roles: rolesOf(entity, [], date) });
      }
    }
    if (!entity) {
      diagnostics.push({
        severity: "info",
        ruleId: `entities/unresolved-${m.kind}`,
        message: `could not tell who "${doc.text.slice(m.start, m.end)}" refers to`,
        span: { start: m.start, end: m.end },
      });
      return;
    }
    const withEntity: Mention = { ...m, entity };
    resolved.push(withEntity);
    if (m.type === "Person") {
      const count = (seen.get(entity) ?? 0) + 1;
      seen.set(entity, count);
      candidates.push(candidateOf(ctx, entity, withEntity, sentence, knownGender(entity), count));
    }
  });
  return { mentions: resolved, diagnostics };
}
