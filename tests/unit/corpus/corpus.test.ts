import { describe, expect, it } from "vitest";
import { Corpus } from "../../../src/corpus/corpus.js";
import type { ExtractionResult } from "../../../src/model/result.js";

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

function article(id: string, entities: [string, "Person" | "Place" | "Organization", string, number][], speaker = "vladimir-putin"): ExtractionResult {
  return {
    article: { id, title: null, author: null, published: null, source: null },
    entities: entities.map(([eid, type, name, n]) => ({
      id: eid,
      type,
      name,
      aliases: [],
      roles: eid === speaker ? [{ title: "President", of: "russia" }] : [],
      mentions: Array.from({ length: n }, (_, i) => span(i * 10, name)),
    })),
    statements: [
      {
        id: "s1",
        kind: "direct",
        speaker: { ...span(0, "Putin"), entity: speaker },
        cue: span(6, "said"),
        content: span(12, "talks"),
        addressee: null,
        about: ["nato"],
        place: null,
        date: null,
        via: null,
      },
    ],
    relations: [{ id: "r1", predicate: "met", subject: speaker, object: "joe-biden", place: null, date: null, evidence: span(0, "Putin met Biden") }],
  };
}

/** Everything the corpus knows, in a comparable form. */
function snapshot(c: Corpus): unknown {
  const entities = [...c.entities.values()]
    .map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      aliases: [...e.aliases].sort(),
      roles: [...e.roles.keys()].sort(),
      mentions: e.mentions,
      articles: [...e.articles].sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { entities, statements: [...c.statements.keys()].sort(), relations: [...c.relations.keys()].sort(), articles: [...c.articles.keys()].sort() };
}

const A = article("a", [
  ["vladimir-putin", "Person", "Putin", 2],
  ["nato", "Organization", "NATO", 1],
  ["joe-biden", "Person", "Biden", 1],
]);
const B = article("b", [
  ["vladimir-putin", "Person", "Vladimir Putin", 3],
  ["nato", "Place", "NATO", 5],
  ["joe-biden", "Person", "Joe Biden", 1],
]);
const C = article("c", [
  ["kyiv", "Place", "Kyiv", 1],
  ["vladimir-putin", "Person", "President Putin", 1],
]);

describe("corpus: support", () => {
  it("merges entities across articles and remembers the articles behind each", () => {
    const c = new Corpus();
    c.add(A, null);
    c.add(B, null);
    const putin = c.entities.get("vladimir-putin");
    expect(putin?.label).toBe("Vladimir Putin");
    expect([...(putin?.aliases ?? [])]).toEqual(["Putin"]);
    expect(putin?.mentions).toBe(5);
    expect(c.articlesOf("vladimir-putin")).toEqual(["a", "b"]);
    expect(c.entities.get("nato")?.type).toBe("Place");
  });

  it.each([
    ["the last", ["a", "b", "c"], "c"],
    ["the first", ["a", "b", "c"], "a"],
    ["a middle", ["a", "b", "c"], "b"],
  ])("removing %s article leaves exactly the corpus of the others", (_name, order, removed) => {
    const byId: Record<string, ExtractionResult> = { a: A, b: B, c: C };
    const all = new Corpus();
    for (const id of order) all.add(byId[id] as ExtractionResult, null);
    expect(all.remove(removed)).toBe(true);
    const rest = new Corpus();
    for (const id of order.filter((x) => x !== removed)) rest.add(byId[id] as ExtractionResult, null);
    expect(snapshot(all)).toEqual(snapshot(rest));
  });

  it("drops an entity no article supports any more, with its statements and relations", () => {
    const c = new Corpus();
    c.add(A, null);
    c.add(C, null);
    c.remove("c");
    expect(c.entities.has("kyiv")).toBe(false);
    expect([...c.statements.keys()]).toEqual(["a/s1"]);
    c.remove("a");
    expect(snapshot(c)).toEqual(snapshot(new Corpus()));
    expect(c.remove("a")).toBe(false);
  });

  it("adding an article again replaces its earlier facts", () => {
    const c = new Corpus();
    c.add(A, null);
    c.add(A, null);
    expect(c.entities.get("vladimir-putin")?.mentions).toBe(2);
  });

  it("cuts the context of a statement from the text when given", () => {
    const c = new Corpus();
    c.add(
      { ...A, statements: [{ ...(A.statements[0] as ExtractionResult["statements"][number]), content: span(11, "talks") }] },
      "Putin said talks. Then more.",
    );
    expect(c.statements.get("a/s1")?.context.text).toBe("Putin said talks.");
  });
});
