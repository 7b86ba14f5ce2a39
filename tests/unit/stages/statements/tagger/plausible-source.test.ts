import { describe, expect, it } from "vitest";
import { plausibleSource } from "../../../../../src/stages/statements/tagger/assemble.js";
import type { TaggedSpan } from "../../../../../src/stages/statements/tagger/tagged-spans.js";
import { tokenView } from "../../../../../src/stages/token-view.js";
import { makeDoc } from "../../../../helpers/make-doc.js";

describe("tagger/plausible-source", () => {
  it("plausible-source: a source that opens with a name is one whatever its part of speech (Lynch said)", () => {
    const view = tokenView(makeDoc("“I would answer the question,” Lynch said."));
    const k = view.tokens.findIndex((t) => view.text.slice(t.start, t.end) === "Lynch");
    const t = view.tokens[k];
    if (!t) throw new Error("no token");
    const source: TaggedSpan = { role: "source", first: k, last: k, start: t.start, end: t.end };
    const names = {
      at: (offset: number) =>
        offset >= t.start && offset < t.end ? { start: t.start, end: t.end, type: "Person" as const, kind: "name" as const } : undefined,
    };
    expect(plausibleSource(view, source, names)).toBe(true);
  });
});
