import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { identitySkeleton } from "../../../src/corpus/apply-identity.js";
import { type IdentityMap, resolveIdentities } from "../../../src/corpus/identity.js";
import { resolveIdentitiesInBlocks } from "../../../src/corpus/identity-blocks.js";
import type { EntityResult, ExtractionResult } from "../../../src/model/result.js";

const FIRST = ["Hillary", "Bill", "Donald", "Donald J.", "Melania", "Joe", "Jill", "Mr.", ""];
const LAST = ["Clinton", "Trump", "Biden", "Sanders", "Clinton's"];
const PRONOUNS = ["he", "she", "his", "her", "they"];
const ROLES = ["President", "Senator", "Secretary of State"];

const person: fc.Arbitrary<EntityResult> = fc
  .record({
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    pronouns: fc.array(fc.constantFrom(...PRONOUNS), { maxLength: 3 }),
    role: fc.option(fc.constantFrom(...ROLES)),
  })
  .map(({ first, last, pronouns, role }) => {
    const name = `${first} ${last}`.trim();
    const id = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return {
      id,
      type: "Person",
      name,
      aliases: [],
      roles: role ? [{ title: role, of: null }] : [],
      mentions: [name, ...pronouns].map((text, i) => ({ start: i * 20, end: i * 20 + text.length, text })),
    };
  });

const corpus: fc.Arbitrary<ExtractionResult[]> = fc.array(fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 5 }), { maxLength: 12 }).map((articles) =>
  articles.map((entities, i) => ({
    article: { id: `a${i}`, title: null, author: null, published: null, source: null },
    entities: [...entities, { id: "nato", type: "Organization", name: "NATO", aliases: [], roles: [], mentions: [] }],
    statements: [],
    relations: [],
  })),
);

const merges = (m: IdentityMap): string[] =>
  [...m].flatMap(([a, ids]) => [...ids].filter(([from, to]) => from !== to).map(([from, to]) => `${a}:${from}->${to}`)).sort();

describe("corpus: identity in surname blocks", () => {
  it("gives the same merges as identity over the whole corpus", () => {
    fc.assert(
      fc.property(corpus, (results) => {
        const skeletons = results.map(identitySkeleton);
        expect(merges(resolveIdentitiesInBlocks(skeletons))).toEqual(merges(resolveIdentities(results)));
      }),
      { numRuns: 300 },
    );
  });
});
