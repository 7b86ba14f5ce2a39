// Finds entities by any of their names as the user types: whole-name matches
// first, then names and words that start with the query, then substrings;
// ties go to the most mentioned entity.
import type { NodeAttributes } from "../../src/graph/serialized.js";

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  /** The name that matched, when it is an alias. */
  readonly alias: string | null;
  readonly score: number;
}

interface Entry {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly key: string;
  readonly mentions: number;
}

/** Lower case without diacritics, so "Zelensky" finds "Zelenskyy" and "Sánchez" finds "Sanchez". */
export function normalizeName(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(nodes: ReadonlyMap<string, NodeAttributes>) {
    for (const [id, n] of nodes) {
      for (const name of [n.label, ...n.aliases]) this.entries.push({ id, label: n.label, name, key: normalizeName(name), mentions: n.mentions });
    }
  }

  private static score(key: string, q: string): number {
    if (key === q) return 4;
    if (key.startsWith(q)) return 3;
    if (key.includes(` ${q}`) || key.includes(`-${q}`)) return 2;
    return key.includes(q) ? 1 : 0;
  }

  search(query: string, limit = 10): SearchHit[] {
    const q = normalizeName(query);
    if (!q) return [];
    const best = new Map<string, SearchHit & { mentions: number }>();
    for (const e of this.entries) {
      const score = SearchIndex.score(e.key, q);
      if (score === 0) continue;
      const known = best.get(e.id);
      if (known && known.score >= score) continue;
      best.set(e.id, { id: e.id, label: e.label, alias: e.name === e.label ? null : e.name, score, mentions: e.mentions });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.label.localeCompare(b.label))
      .slice(0, limit)
      .map(({ id, label, alias, score }) => ({ id, label, alias, score }));
  }
}
