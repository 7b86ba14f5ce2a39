// Cross-article identity for large corpora: identity only ever joins people
// who share a surname, so the corpus is split into one block per surname and
// identity.ts resolves each block alone. The same answer as over the whole
// corpus (a test checks it), in time that grows with the largest block rather
// than with the square of the corpus.
import type { ExtractionResult } from "../model/result.js";
import { type IdentityMap, nameWords, resolveIdentities } from "./identity.js";

const surnameOf = (name: string): string => nameWords(name).at(-1) ?? "";

export function resolveIdentitiesInBlocks(results: readonly ExtractionResult[]): IdentityMap {
  const blocks = new Map<string, ExtractionResult[]>();
  for (const r of results) {
    const bySurname = new Map<string, ExtractionResult["entities"][number][]>();
    for (const e of r.entities) {
      const key = e.type === "Person" ? surnameOf(e.name) : "";
      bySurname.set(key, [...(bySurname.get(key) ?? []), e]);
    }
    for (const [key, entities] of bySurname) {
      const block = blocks.get(key) ?? [];
      block.push({ ...r, entities });
      blocks.set(key, block);
    }
  }
  const map: IdentityMap = new Map(results.map((r) => [r.article.id, new Map<string, string>()]));
  for (const block of blocks.values()) {
    for (const [article, ids] of resolveIdentities(block)) {
      const own = map.get(article);
      if (own) for (const [from, to] of ids) own.set(from, to);
    }
  }
  return map;
}
