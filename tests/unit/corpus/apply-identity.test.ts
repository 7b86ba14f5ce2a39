import { describe, expect, it } from "vitest";
import { applyIdentity, identitySkeleton } from "../../../src/corpus/apply-identity.js";
import { resolveIdentities } from "../../../src/corpus/identity.js";
import type { ExtractionResult } from "../../../src/model/result.js";

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

const first: ExtractionResult = {
  article: { id: "a", title: null, author: null, published: null, source: null },
  entities: [
    {
      id: "kyriakos-mitsotakis",
      type: "Person",
      name: "Kyriakos Mitsotakis",
      aliases: [],
      roles: [],
      mentions: [span(0, "Kyriakos Mitsotakis"), span(30, "he")],
    },
  ],
  statements: [],
  relations: [],
};
const second: ExtractionResult = {
  article: { id: "b", title: null, author: null, published: null, source: null },
  entities: [
    { id: "mitsotakis", type: "Person", name: "Mitsotakis", aliases: [], roles: [], mentions: [span(40, "Mitsotakis")] },
    { id: "sochi", type: "Place", name: "Sochi", aliases: [], roles: [], mentions: [span(20, "Sochi")] },
  ],
  statements: [
    {
      id: "s1",
      kind: "direct",
      speaker: { ...span(0, "Mitsotakis"), entity: "mitsotakis" },
      cue: null,
      content: span(12, "x"),
      addressee: null,
      about: ["mitsotakis", "sochi"],
      place: "sochi",
      date: null,
      via: null,
    },
  ],
  relations: [{ id: "r1", predicate: "met", subject: "vladimir-putin", object: "mitsotakis", place: "sochi", date: null, evidence: span(0, "met") }],
};

describe("corpus: applying identity", () => {
  const identity = resolveIdentities([first, second]);

  it("rewrites every entity id an article uses to the corpus id", () => {
    const r = applyIdentity(second, identity);
    expect(r.entities.map((e) => e.id)).toEqual(["kyriakos-mitsotakis", "sochi"]);
    expect(r.statements[0]?.speaker?.entity).toBe("kyriakos-mitsotakis");
    expect(r.statements[0]?.about).toEqual(["kyriakos-mitsotakis", "sochi"]);
    expect(r.relations[0]?.object).toBe("kyriakos-mitsotakis");
  });

  it("returns an article identity leaves alone unchanged", () => {
    expect(applyIdentity(first, identity)).toBe(first);
  });

  it("merges two entities of one article that identity makes one", () => {
    const both: ExtractionResult = { ...second, entities: [...first.entities, ...second.entities], article: { ...second.article, id: "c" } };
    const r = applyIdentity(both, resolveIdentities([both]));
    const k = r.entities.find((e) => e.id === "kyriakos-mitsotakis");
    expect(k?.mentions.map((m) => m.text)).toEqual(["Kyriakos Mitsotakis", "he", "Mitsotakis"]);
    expect(r.entities.some((e) => e.id === "mitsotakis")).toBe(false);
  });

  it("resolves the same from the skeletons the build keeps as from the whole results", () => {
    const merged = (m: ReturnType<typeof resolveIdentities>): string[] =>
      [...m].flatMap(([a, ids]) => [...ids].filter(([from, to]) => from !== to).map(([from, to]) => `${a}:${from}->${to}`));
    expect(merged(resolveIdentities([first, second].map(identitySkeleton)))).toEqual(merged(identity));
    expect(merged(identity)).toEqual(["b:mitsotakis->kyriakos-mitsotakis"]);
  });
});
