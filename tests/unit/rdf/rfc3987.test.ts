import { describe, expect, it } from "vitest";
import { isRfc3987Iri } from "./rfc3987.js";

describe("rdf: the RFC 3987 IRI check used by the property tests", () => {
  it.each(["https://w3id.org/newsgraph/data/article/a1#char=0,5", "https://example.org/caf%C3%A9", "https://example.org/café", "urn:x:y", "tag:news,2021:a"])(
    "accepts %s",
    (iri) => {
      expect(isRfc3987Iri(iri)).toBe(true);
    },
  );
  it.each([
    "https://example.org/a b",
    "https://example.org/<a>",
    'https://example.org/"',
    "https://example.org/a\\b",
    "https://example.org/%zz",
    "https://example.org/a#b#c",
    "no-scheme",
    "https://example.org/\n",
    "https://example.org/{x}",
  ])("rejects %j", (iri) => {
    expect(isRfc3987Iri(iri)).toBe(false);
  });
});
