// Cross-article identity: which per-article entity ids name the same entity.
// A pure function over extraction results: "Mitsotakis" joins
// "kyriakos-mitsotakis" when only one person of that surname is known; a bare
// "Clinton" goes to the Clinton its article means (by pronouns and roles), and
// Bill and Hillary Clinton stay apart.
import type { EntityResult, ExtractionResult } from "../model/result.js";

/** Article id → (entity id in that article → corpus entity id). */
export type IdentityMap = Map<string, Map<string, string>>;

const FEMALE = new Set(["she", "her", "hers", "herself"]);
const MALE = new Set(["he", "him", "his", "himself"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"]);

/** Name words without honorifics, initials or suffixes: "Mr. Donald J. Trump Jr." → donald, trump. */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .split(/[\s]+/)
    .map((w) => w.replace(/[^a-z0-9-]/g, ""))
    .filter((w) => w.length > 1 && !HONORIFICS.has(w) && !/^(jr|sr|ii|iii)$/.test(w));
}

interface Person {
  readonly article: string;
  readonly entity: EntityResult;
  readonly words: readonly string[];
  readonly gender: "f" | "m" | null;
}

function genderOf(e: EntityResult): "f" | "m" | null {
  let f = 0;
  let m = 0;
  for (const x of e.mentions) {
    const w = x.text.toLowerCase();
    if (FEMALE.has(w)) f++;
    else if (MALE.has(w)) m++;
  }
  return f > m ? "f" : m > f ? "m" : null;
}

/** The full-name person a bare surname means, or null when that is not clear. */
function chooseFull(bare: Person, fulls: readonly Person[], sameArticle: readonly Person[]): string | null {
  const surname = bare.words[bare.words.length - 1];
  const ids = (ps: readonly Person[]): string[] => [...new Set(ps.filter((p) => p.words[p.words.length - 1] === surname).map((p) => p.entity.id))];
  // A full name in the same article is what the article means.
  const local = ids(sameArticle);
  if (local.length === 1) return local[0] ?? null;
  let options = ids(fulls);
  if (options.length > 1 && bare.gender) {
    const agree = options.filter((id) => fulls.some((p) => p.entity.id === id && p.gender === bare.gender));
    if (agree.length > 0) options = agree;
  }
  if (options.length > 1 && bare.entity.roles.length > 0) {
    const fits = options.filter((id) =>
      fulls.some((p) => p.entity.id === id && p.entity.roles.some((r) => bare.entity.roles.some((b) => b.title.toLowerCase() === r.title.toLowerCase()))),
    );
    if (fits.length > 0) options = fits;
  }
  return options.length === 1 ? (options[0] ?? null) : null;
}

/** Corpus ids for every entity of every article; ids not merged map to themselves. */
export function resolveIdentities(results: readonly ExtractionResult[]): IdentityMap {
  const map: IdentityMap = new Map();
  const people: Person[] = [];
  for (const r of results) {
    const own = new Map<string, string>();
    for (const e of r.entities) {
      own.set(e.id, e.id);
      if (e.type === "Person") people.push({ article: r.article.id, entity: e, words: nameWords(e.name), gender: genderOf(e) });
    }
    map.set(r.article.id, own);
  }
  const fulls = people.filter((p) => p.words.length >= 2);
  // Full names that differ only by middle names or initials: "donald-j-trump" → "donald-trump".
  const canonical = new Map<string, string>();
  for (const p of [...fulls].sort((a, b) => a.entity.id.length - b.entity.id.length || (a.entity.id < b.entity.id ? -1 : 1))) {
    const key = `${p.words[0]} ${p.words[p.words.length - 1]}`;
    if (!canonical.has(key)) canonical.set(key, p.entity.id);
  }
  for (const p of fulls) {
    const id = canonical.get(`${p.words[0]} ${p.words[p.words.length - 1]}`);
    if (id) map.get(p.article)?.set(p.entity.id, id);
  }
  const corpusFulls = fulls.map((p) => ({ ...p, entity: { ...p.entity, id: map.get(p.article)?.get(p.entity.id) ?? p.entity.id } }));
  for (const p of people) {
    if (p.words.length !== 1) continue;
    const sameArticle = corpusFulls.filter((f) => f.article === p.article);
    const id = chooseFull(p, corpusFulls, sameArticle);
    if (id) map.get(p.article)?.set(p.entity.id, id);
  }
  return map;
}
