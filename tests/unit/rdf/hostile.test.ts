import fc from "fast-check";
import type { Quad } from "n3";
import { describe, expect, it } from "vitest";
import type { ExtractionResult } from "../../../src/model/result.js";
import { datasetQuads } from "../../../src/rdf/dataset.js";
import { Iris } from "../../../src/rdf/iris.js";
import { wellFormed } from "../../../src/rdf/literals.js";
import { RDF_FORMATS, type RdfFormat } from "../../../src/rdf/serialize.js";
import { isRfc3987Iri } from "./rfc3987.js";
import { datasetKeys, HAS_RAPPER, parseFormat, rapperParse, writeFormat } from "./round-trip.js";

/** Pieces that break naive writers: quotes, escapes, IRI delimiters, line breaks, controls, emoji, RTL, lone surrogates. */
const NASTY = [
  '"',
  "'",
  "\\",
  "<",
  ">",
  "\n",
  "\r",
  "\t",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "😀",
  "👩‍👩‍👧",
  "שלום",
  "مرحبا",
  "\u202e",
  "\u200f",
  "\ufeff",
  "\ud800",
  "\udfff",
  "{",
  "}",
  "|",
  "^",
  "`",
  " ",
  "#",
  "%",
  "%41",
  "?",
  "/",
  ":",
  "@prefix",
  '"""',
  "\\u0041",
  "_:b0",
  "'''",
  "@",
  ";",
  ",",
  ".",
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 4 }), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(""));

const span = fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 500 }), hostile).map(([start, length, text]) => ({ start, end: start + length, text }));

const result: fc.Arbitrary<ExtractionResult> = fc
  .record({
    articleId: hostile,
    title: hostile,
    author: hostile,
    names: fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 3 }),
    content: span,
    speaker: span,
    cue: span,
    role: hostile,
  })
  .map(({ articleId, title, author, names, content, speaker, cue, role }) => {
    const ids = names.map(([id], i) => `${id}${i}`);
    const first = ids[0] as string;
    return {
      article: { id: articleId, title, author, published: "2021-12-08", source: title },
      entities: names.map(([, name, alias], i) => ({ id: ids[i] as string, type: "Person" as const, name, aliases: [alias], roles: [], mentions: [speaker] })),
      statements: [
        {
          id: `s-${content.start}-${content.end}`,
          kind: "direct" as const,
          speaker: { ...speaker, entity: first },
          cue,
          content,
          addressee: ids.at(-1) ?? null,
          about: ids,
          place: null,
          date: "2021-12-08",
          via: null,
        },
      ],
      relations: [
        { id: "r-role", predicate: "role" as const, subject: first, object: ids.at(-1) as string, title: role, place: null, date: null, evidence: content },
      ],
    };
  });

const iris = new Iris({ base: "https://example.org/news/" });

function iriTerms(quads: readonly Quad[]): string[] {
  return quads.flatMap((q) => [q.subject, q.predicate, q.object, q.graph].filter((t) => t.termType === "NamedNode").map((t) => t.value));
}

describe("rdf: hostile strings", () => {
  it("make only IRIs that are valid by RFC 3987", () => {
    fc.assert(
      fc.property(result, (r) => {
        for (const iri of iriTerms(datasetQuads([r], iris, { named: true }))) expect(isRfc3987Iri(iri), iri).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("give distinct IRIs to distinct ids", () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        fc.pre(wellFormed(a) !== wellFormed(b));
        expect(iris.entity(a)).not.toBe(iris.entity(b));
      }),
      { numRuns: 300 },
    );
  });

  it.each(RDF_FORMATS)("round-trip through %s", async (format: RdfFormat) => {
    await fc.assert(
      fc.asyncProperty(result, async (r) => {
        const quads = datasetQuads([r], iris, { named: format === "trig" || format === "nq" });
        const parsed = await parseFormat(await writeFormat(quads, format, iris.base), format);
        expect(datasetKeys(parsed)).toEqual(datasetKeys(quads));
      }),
      { numRuns: format === "jsonld" ? 40 : 120 },
    );
  });

  it("keep every character of a name, except lone surrogates which become U+FFFD", async () => {
    await fc.assert(
      fc.asyncProperty(result, async (r) => {
        const parsed = await parseFormat(await writeFormat(datasetQuads([r], iris, { named: false }), "ttl", iris.base), "ttl");
        const texts = new Set(parsed.filter((q) => q.object.termType === "Literal").map((q) => q.object.value));
        expect(texts.has(wellFormed(r.statements[0]?.content.text ?? ""))).toBe(true);
        if (r.article.title) expect(texts.has(wellFormed(r.article.title))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.runIf(HAS_RAPPER).each([
    ["ttl", "turtle"],
    ["trig", "trig"],
    ["nt", "ntriples"],
  ] as const)("write %s that rapper (raptor2) parses", async (format, syntax) => {
    await fc.assert(
      fc.asyncProperty(result, async (r) => {
        const quads = datasetQuads([r], iris, { named: format === "trig" });
        const out = rapperParse(await writeFormat(quads, format, iris.base), syntax);
        expect(out.errors).toBe("");
        expect(out.count).toBe(datasetKeys(quads).length);
      }),
      { numRuns: 25 },
    );
  });
});
